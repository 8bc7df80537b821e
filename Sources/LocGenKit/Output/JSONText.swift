/// A JSON value with ordered object keys, written deterministically: identical values give
/// byte-identical text, which build reports and CI output rely on.
public indirect enum JSONText: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number already written as JSON number text ("12.50").
    case number(String)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.rendered == rhs.rendered }

    /// Pretty-printed with two-space indentation and a key order as given.
    public var rendered: String {
        var output = ""
        write(to: &output, indent: 0, pretty: true)
        return output
    }

    /// On one line, for JSON Lines and compact reports.
    public var compact: String {
        var output = ""
        // A page's JSON-LD is about a kilobyte: one allocation instead of a doubling series.
        output.reserveCapacity(1024)
        write(to: &output, indent: 0, pretty: false)
        return output
    }

    /// Appends the value; pretty-printed, each member and item on a line of its own, indented two spaces
    /// a level. Appends piece by piece: every page writes two JSON-LD documents, and joining the pieces
    /// first made a String per bracket and comma.
    private func write(to output: inout String, indent: Int, pretty: Bool) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let text): output += text
        case .string(let text): JSONText.escape(text, into: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                if pretty { Self.breakLine(&output, indent: indent + 1) }
                item.write(to: &output, indent: indent + 1, pretty: pretty)
            }
            if pretty { Self.breakLine(&output, indent: indent) }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                if pretty { Self.breakLine(&output, indent: indent + 1) }
                JSONText.escape(key, into: &output)
                output += pretty ? ": " : ":"
                value.write(to: &output, indent: indent + 1, pretty: pretty)
            }
            if pretty { Self.breakLine(&output, indent: indent) }
            output += "}"
        }
    }

    /// Appends a line break and two spaces per level.
    private static func breakLine(_ output: inout String, indent: Int) {
        output += "\n"
        for _ in 0..<indent { output += "  " }
    }

    /// Writes a JSON string literal; U+2028 and U+2029 are escaped so the text is also safe in JavaScript.
    public static func escape(_ text: String, into output: inout String) {
        output += "\""
        // Most text needs no escape: append it whole. 0xE2 leads U+2028 and U+2029 (and other scalars,
        // which the loop below then copies as they are). Scanned as a buffer: every page escapes about twenty
        // strings for its JSON-LD, and `String.UTF8View`'s iterator, which checks each step, cost 0.7 % of a
        // cold build's CPU time (perf, 1,000 products × 12 markets).
        let needsEscape = text.withUTF8InPlace { bytes in
            bytes.contains { byte in
                byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
            }
        }
        guard needsEscape else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
