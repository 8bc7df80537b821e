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
    /// The names of the arguments the message uses, sorted: the order of ``format(values:)``.
    public let argumentNames: [String]
    /// The type of each argument in ``argumentNames``' order.
    private let orderedTypes: [MessageArgumentType]

    private let handle: Mutex<Compiled>

    /// ICU's compiled message and the texts it made, by their prepared values: a catalog formats the same
    /// message with the same values over and over (a stock count of 3, the delivery day of a market), and
    /// ICU's formatting was 2.4 % of a cold build's CPU samples (perf, 1,000 products × 12 markets), most of
    /// it repeating earlier calls.
    private struct Compiled: @unchecked Sendable {
        let pointer: OpaquePointer
        var kept = KeptTexts<[MessageValue]>()
    }

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
        let argumentNames = syntax.argumentTypes.keys.sorted()
        self.argumentNames = argumentNames
        self.orderedTypes = argumentNames.map { syntax.argumentTypes[$0]! }
        // The shim keeps the names in ICU's UTF-16, so a call passes only values.
        var joined: [CChar] = []
        var starts: [Int] = []
        for name in argumentNames {
            starts.append(joined.count)
            joined.append(contentsOf: name.utf8.map { CChar(bitPattern: $0) })
            joined.append(0)
        }
        let lengths = argumentNames.map { Int32($0.utf8.count) }
        let namesStatus = joined.withUnsafeBufferPointer { buffer in
            let pointers = starts.map { UnsafePointer(buffer.baseAddress! + $0) }
            return locgen_message_set_argument_names(message, pointers, lengths, Int32(argumentNames.count))
        }
        guard !isFailure(namesStatus) else {
            locgen_message_close(message)
            throw ICUError(.icuFailure, "ICU could not take the message's argument names", statusName: statusName(namesStatus))
        }
        self.handle = Mutex(Compiled(pointer: message))
    }

    deinit { handle.withLock { locgen_message_close($0.pointer) } }

    /// Formats the message with named arguments.
    ///
    /// Throws ``ICUError/Code/argument`` when an argument the message uses is missing, or has a type
    /// the message cannot use (a plural given text, a date given a number); arguments are checked in
    /// name order, so the same input always names the same argument.
    public func format(_ arguments: [String: MessageValue] = [:]) throws(ICUError) -> String {
        var values: [MessageValue] = []
        values.reserveCapacity(argumentNames.count)
        for name in argumentNames {
            guard let value = arguments[name] else {
                throw ICUError(.argument, "the message uses the argument '\(name)' but none was given")
            }
            values.append(value)
        }
        return try format(values: values)
    }

    /// Formats the message with one value per name of ``argumentNames``, in that order.
    ///
    /// For callers that format one message many times (a template over a catalog): they look the
    /// names up once and skip building a dictionary per call.
    public func format(values: [MessageValue]) throws(ICUError) -> String {
        guard values.count == argumentNames.count else {
            throw ICUError(
                .argument,
                "the message takes \(argumentNames.count) arguments (\(argumentNames.joined(separator: ", "))) but was given \(values.count)"
            )
        }
        var prepared = values
        for index in prepared.indices {
            let name = argumentNames[index]
            let type = orderedTypes[index]
            switch (type, prepared[index]) {
            case (.number, .string(let text)):
                throw ICUError(
                    .argument,
                    "argument '\(name)' is used as a number (plural, selectordinal or number) but was given the text '\(text)'"
                )
            case (.number, .date), (.date, .number), (.date, .double), (.date, .string):
                throw ICUError(.argument, "argument '\(name)' is used as a \(type.rawValue) but was given \(prepared[index].summary)")
            case (.string, .number(let text)):
                prepared[index] = .string(text)
            case (.string, .double(let number)):
                prepared[index] = .string(String(number))
            case (.string, .date):
                throw ICUError(.argument, "argument '\(name)' is used in a select but was given a date")
            default:
                break
            }
        }
        // Not for binary numbers: -0.0 equals 0.0, but ICU writes the sign.
        let isKept = !prepared.contains { if case .double = $0 { true } else { false } }
        if isKept, let known = handle.withLock({ $0.kept[prepared] }) {
            return known
        }
        return try withArguments(values: prepared) { (arguments) throws(ICUError) -> String in
            try handle.withLock { (message) throws(ICUError) -> String in
                let text = try readString("format the message") {
                    locgen_message_format(message.pointer, arguments.baseAddress, Int32(arguments.count), $0, $1, $2)
                }
                if isKept { message.kept.keep(text, for: prepared) }
                return text
            }
        }
    }

    /// What makes two cached messages the same.
    private struct Key: Hashable, Sendable {
        var locale: String
        var timeZone: String
        var pattern: UTF8Key
    }

    private static let cache = Cache<Key, MessageFormat>()

    /// A shared compiled message for a pattern, locale and zone.
    public static func cached(_ pattern: String, locale: LocaleID, timeZone: TimeZoneID = .utc) throws(ICUError) -> MessageFormat {
        let key = Key(locale: locale.icuID, timeZone: timeZone.identifier, pattern: UTF8Key(text: pattern))
        return try cache.value(for: key) { () throws(ICUError) in
            try MessageFormat(pattern, locale: locale, timeZone: timeZone)
        }
    }

    /// Lays the arguments out as C structs whose string pointers stay valid for the call.
    ///
    /// Names were given to the shim once at compile time; texts are copied into one stack buffer and
    /// the structs into another, so laying out allocates nothing on the heap.
    private func withArguments<Result>(
        values: [MessageValue],
        _ body: (UnsafeBufferPointer<LocGenArgument>) throws(ICUError) -> Result
    ) throws(ICUError) -> Result {
        var byteCount = 1
        for value in values {
            if case .number(let text) = value { byteCount += text.utf8.count }
            if case .string(let text) = value { byteCount += text.utf8.count }
        }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCount) {
                (bytes) throws(ICUError) -> Result in
                try withUnsafeTemporaryAllocation(of: LocGenArgument.self, capacity: max(values.count, 1)) {
                    (structs) throws(ICUError) -> Result in
                    var used = 0
                    // The shim reads texts by length, so they need no terminating NUL.
                    func copy(_ text: String) -> (pointer: UnsafePointer<CChar>, length: Int32) {
                        let start = bytes.baseAddress! + used
                        let (_, count) = UnsafeMutableBufferPointer(rebasing: bytes[used...]).initialize(from: text.utf8)
                        used += count
                        return (UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(count))
                    }
                    for (index, value) in values.enumerated() {
                        // A NULL name: the shim uses the name it was given at this index.
                        var argument = LocGenArgument(
                            name: nil,
                            nameLength: 0,
                            type: LOCGEN_ARGUMENT_DOUBLE,
                            number: 0,
                            text: nil,
                            textLength: 0
                        )
                        switch value {
                        case .number(let text):
                            argument.type = LOCGEN_ARGUMENT_DECIMAL
                            (argument.text, argument.textLength) = copy(text)
                        case .double(let number):
                            argument.number = number
                        case .date(let date):
                            argument.type = LOCGEN_ARGUMENT_DATE
                            argument.number = try date.instant(in: timeZone).millisecondsSince1970
                        case .string(let text):
                            argument.type = LOCGEN_ARGUMENT_STRING
                            (argument.text, argument.textLength) = copy(text)
                        }
                        (structs.baseAddress! + index).initialize(to: argument)
                    }
                    // LocGenArgument is a trivial C struct: the buffer needs no deinitialising.
                    return try body(UnsafeBufferPointer(start: structs.baseAddress!, count: values.count))
                }
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
