internal import CLocGenICU
import Synchronization

/// An ICU MessageFormat pattern compiled once for a locale and time zone, formatted with named,
/// typed arguments.
///
/// The pattern is first parsed by locgen's own strict parser, which reports every syntax error
/// with its position (ICU's own offset is often 0) and knows each argument's type; ICU then
/// compiles and formats it. ICU's `MessageFormat` is not thread-safe, so each instance guards its
/// handle with a mutex.
public final class MessageFormat: Sendable {
    /// The pattern as written.
    public let pattern: String
    /// The locale whose plural rules, numbers and dates the message uses.
    public let locale: LocaleID
    /// The zone dates are shown in.
    public let timeZone: TimeZoneID
    /// The parsed pattern.
    package let syntax: MessagePattern
    /// The type each argument is used as.
    package let argumentTypes: [String: MessageArgumentType]

    private let handle: Mutex<LockedHandle>

    /// Compiles a pattern; throws ``ICUError/Code/messageSyntax`` with the offset (in Unicode
    /// scalars) of the first problem.
    public init(_ pattern: String, locale: LocaleID, timeZone: TimeZoneID = .utc) throws(ICUError) {
        let syntax: MessagePattern
        do {
            syntax = try MessageParser.parse(pattern)
        } catch {
            throw ICUError(.messageSyntax, error.message, offset: error.offset)
        }
        var message: OpaquePointer?
        var errorOffset: Int32 = -1
        let status = pattern.withCString { text in
            locgen_message_open(
                locale.icuID, text, Int32(pattern.utf8.count), timeZone.identifier, &message, &errorOffset
            )
        }
        guard !isFailure(status), let message else {
            let offset = errorOffset >= 0 ? Self.scalarOffset(ofUTF16: Int(errorOffset), in: pattern) : nil
            throw ICUError(
                .messageSyntax,
                "ICU rejects this message",
                offset: offset,
                statusName: statusName(status)
            )
        }
        self.pattern = pattern
        self.locale = locale
        self.timeZone = timeZone
        self.syntax = syntax
        self.argumentTypes = syntax.argumentTypes
        self.handle = Mutex(LockedHandle(pointer: message))
    }

    deinit { handle.withLock { locgen_message_close($0.pointer) } }

    /// Formats the message.
    ///
    /// Throws ``ICUError/Code/argument`` when an argument the message uses is missing, or has a type
    /// the message cannot use (a plural given text, a date given a number).
    public func format(_ arguments: [String: MessageValue] = [:]) throws(ICUError) -> String {
        var prepared: [(name: String, value: MessageValue)] = []
        prepared.reserveCapacity(arguments.count)
        for (name, type) in argumentTypes {
            guard var value = arguments[name] else {
                throw ICUError(.argument, "the message uses the argument '\(name)' but none was given")
            }
            switch (type, value) {
            case (.number, .string(let text)):
                throw ICUError(
                    .argument,
                    "argument '\(name)' is used as a number (plural, selectordinal or number) but was given the text '\(text)'"
                )
            case (.number, .date), (.date, .number), (.date, .double), (.date, .string):
                throw ICUError(.argument, "argument '\(name)' is used as a \(type.rawValue) but was given \(value.summary)")
            case (.string, .number(let text)):
                value = .string(text)
            case (.string, .double(let number)):
                value = .string(String(number))
            case (.string, .date):
                throw ICUError(.argument, "argument '\(name)' is used in a select but was given a date")
            default:
                break
            }
            prepared.append((name, value))
        }
        return try withArguments(prepared) { (arguments) throws(ICUError) -> String in
            try handle.withLock { (message) throws(ICUError) -> String in
                try readString("format the message") {
                    locgen_message_format(message.pointer, arguments.baseAddress, Int32(arguments.count), $0, $1, $2)
                }
            }
        }
    }

    private static let cache = Cache<String, MessageFormat>()

    /// A shared compiled message for a pattern, locale and zone.
    public static func cached(_ pattern: String, locale: LocaleID, timeZone: TimeZoneID = .utc) throws(ICUError) -> MessageFormat {
        try cache.value(for: "\(locale.icuID)\u{1F}\(timeZone.identifier)\u{1F}\(pattern)") { () throws(ICUError) in
            try MessageFormat(pattern, locale: locale, timeZone: timeZone)
        }
    }

    /// Lays the arguments out as C structs whose string pointers stay valid for the call.
    private func withArguments<Result>(
        _ arguments: [(name: String, value: MessageValue)],
        _ body: (UnsafeBufferPointer<LocGenArgument>) throws(ICUError) -> Result
    ) throws(ICUError) -> Result {
        var bytes: [CChar] = []
        var layout: [(name: Int, nameLength: Int, type: LocGenArgumentType, number: Double, text: Int, textLength: Int)] = []
        func append(_ string: String) -> (Int, Int) {
            let start = bytes.count
            bytes.append(contentsOf: string.utf8.map { CChar(bitPattern: $0) })
            bytes.append(0)
            return (start, string.utf8.count)
        }
        for (name, value) in arguments {
            let (nameStart, nameLength) = append(name)
            switch value {
            case .number(let text):
                let (start, length) = append(text)
                layout.append((nameStart, nameLength, LOCGEN_ARGUMENT_DECIMAL, 0, start, length))
            case .double(let number):
                layout.append((nameStart, nameLength, LOCGEN_ARGUMENT_DOUBLE, number, -1, 0))
            case .date(let date):
                let instant = try date.instant(in: timeZone)
                layout.append((nameStart, nameLength, LOCGEN_ARGUMENT_DATE, instant.millisecondsSince1970, -1, 0))
            case .string(let text):
                let (start, length) = append(text)
                layout.append((nameStart, nameLength, LOCGEN_ARGUMENT_STRING, 0, start, length))
            }
        }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(ICUError) -> Result in
            let base = buffer.baseAddress!
            let structs = layout.map { item in
                LocGenArgument(
                    name: base + item.name,
                    nameLength: Int32(item.nameLength),
                    type: item.type,
                    number: item.number,
                    text: item.text >= 0 ? base + item.text : nil,
                    textLength: Int32(item.textLength)
                )
            }
            return try structs.withUnsafeBufferPointer { (pointer) throws(ICUError) -> Result in try body(pointer) }
        }
    }

    /// Converts ICU's UTF-16 offset into the Unicode-scalar offset locgen reports.
    static func scalarOffset(ofUTF16 target: Int, in text: String) -> Int {
        var utf16 = 0
        var scalars = 0
        for scalar in text.unicodeScalars {
            if utf16 >= target { break }
            utf16 += scalar.utf16.count
            scalars += 1
        }
        return scalars
    }
}
