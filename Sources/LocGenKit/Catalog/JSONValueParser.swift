/// A strict RFC 8259 parser for one product record that keeps numbers as their text and the
/// position of every value.
///
/// Why not a library: measured with `Benchmarks/JSONParserChoice` on 20,000 generated product
/// records (14.6 MB of JSON Lines), release build, best of three, on this 2-core Debian machine
/// while other builds ran (load average 7–9, so the spread of four runs is given):
///
/// | per record                        | time        | number text                          | positions |
/// |-----------------------------------|-------------|--------------------------------------|-----------|
/// | Foundation `JSONSerialization`    | 0.23–0.60 s | lost: `129.90` is the `Double` 129.9 | none      |
/// | Foundation `JSONDecoder` (Decimal)| 2.15–3.07 s | scale lost: `Decimal` 129.9          | none      |
/// | Yams `compose` (libyaml)          | 2.06–3.31 s | kept                                 | kept      |
/// | this parser, with the UTF-8 check | 0.18–0.27 s | kept                                 | kept      |
///
/// JSONSerialization is as fast but hands prices over as `NSNumber` (binary `Double` unless the
/// value exceeds its precision) and, like JSONDecoder, cannot say on which line and column a bad
/// value is. Yams keeps both but is about ten times slower and rejects valid JSON: surrogate-pair
/// escapes (`"\ud83d\ude00"`) fail with "found invalid Unicode character escape code". So this
/// parser is written by hand; every grammar rule has a test in `JSONValueParserTests`.
///
/// The bytes must already be valid UTF-8 (``UTF8Check``); columns count Unicode scalars.
struct JSONValueParser {
    private let bytes: [UInt8]
    private var index = 0
    private var here: TextPosition
    private var depth = 0
    private var scratch: [UInt8] = []

    /// Deeper nesting is refused rather than risking the stack on hostile input.
    static let maximumDepth = 64

    /// Parses one JSON value that fills `bytes` (whitespace aside); `start` is the position of
    /// the first byte in the file.
    static func parse(_ bytes: [UInt8], from start: TextPosition) throws(JSONSyntaxError) -> CatalogNode {
        var parser = JSONValueParser(bytes: bytes, start: start)
        let node = try parser.value()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.failure("unexpected \(parser.found) after the product's closing '}'")
        }
        return node
    }

    /// Decodes the string literal whose opening quote is at `offset`, for readers of locgen's own JSON files
    /// that go line by line (``BuildManifest/record(inLine:)``); returns the text and the offset just past its
    /// closing quote. Positions in its errors count from the start of `bytes`.
    static func string(in bytes: [UInt8], at offset: Int) throws(JSONSyntaxError) -> (text: String, end: Int) {
        var parser = JSONValueParser(bytes: bytes, start: .start)
        parser.index = offset
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw parser.failure("expected a string")
        }
        let text = try parser.string()
        return (text, parser.index)
    }

    private init(bytes: [UInt8], start: TextPosition) {
        self.bytes = bytes
        self.here = start
    }

    private mutating func advance() {
        here.advance(over: bytes[index])
        index += 1
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): advance()
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> CatalogNode {
        skipWhitespace()
        guard index < bytes.count else { throw failure("expected a value, found \(found)") }
        let start = here
        switch bytes[index] {
        case UInt8(ascii: "{"): return CatalogNode(value: .object(try object()), position: start)
        case UInt8(ascii: "["): return CatalogNode(value: .array(try array()), position: start)
        case UInt8(ascii: "\""): return CatalogNode(value: .string(try string()), position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return CatalogNode(value: .number(try number()), position: start)
        default: return CatalogNode(value: try word(), position: start)
        }
    }

    private mutating func nested<T>(_ body: (inout JSONValueParser) throws(JSONSyntaxError) -> T)
        throws(JSONSyntaxError) -> T
    {
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONValueParser.maximumDepth else {
            throw failure("values are nested more than \(JSONValueParser.maximumDepth) levels deep")
        }
        advance()
        return try body(&self)
    }

    private mutating func object() throws(JSONSyntaxError) -> [CatalogNode.Member] {
        try nested { (parser: inout JSONValueParser) throws(JSONSyntaxError) in
            var members: [CatalogNode.Member] = []
            parser.skipWhitespace()
            if parser.take(UInt8(ascii: "}")) { return members }
            while true {
                parser.skipWhitespace()
                guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
                    if parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "}"),
                        !members.isEmpty
                    {
                        throw parser.failure("a ',' before '}'; remove the trailing comma")
                    }
                    throw parser.failure("expected a field name in double quotes, found \(parser.found)")
                }
                let keyPosition = parser.here
                let key = try parser.string()
                parser.skipWhitespace()
                guard parser.take(UInt8(ascii: ":")) else {
                    throw parser.failure("expected ':' after the field name \"\(key)\", found \(parser.found)")
                }
                members.append(CatalogNode.Member(key: key, keyPosition: keyPosition, value: try parser.value()))
                parser.skipWhitespace()
                if parser.take(UInt8(ascii: ",")) { continue }
                if parser.take(UInt8(ascii: "}")) { return members }
                throw parser.failure("expected ',' or '}' after the value of \"\(key)\", found \(parser.found)")
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> [CatalogNode] {
        try nested { (parser: inout JSONValueParser) throws(JSONSyntaxError) in
            var items: [CatalogNode] = []
            parser.skipWhitespace()
            if parser.take(UInt8(ascii: "]")) { return items }
            while true {
                parser.skipWhitespace()
                if parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "]"), !items.isEmpty {
                    throw parser.failure("a ',' before ']'; remove the trailing comma")
                }
                items.append(try parser.value())
                parser.skipWhitespace()
                if parser.take(UInt8(ascii: ",")) { continue }
                if parser.take(UInt8(ascii: "]")) { return items }
                throw parser.failure("expected ',' or ']' in a list, found \(parser.found)")
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        advance()
        return true
    }

    /// `true`, `false`, `null`, or an error naming the bare word.
    private mutating func word() throws(JSONSyntaxError) -> CatalogNode.Value {
        let start = index
        let position = here
        while index < bytes.count, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") { advance() }
        switch String(decoding: bytes[start..<index], as: UTF8.self) {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case "":
            throw failure("expected a value, found \(found)")
        case let other:
            throw JSONSyntaxError(
                message: "invalid JSON: '\(other)' is not a value; put text in double quotes",
                position: position
            )
        }
    }
}

extension JSONValueParser {
    /// A string literal; the opening quote is at `index`.
    fileprivate mutating func string() throws(JSONSyntaxError) -> String {
        advance()
        scratch.removeAll(keepingCapacity: true)
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape()
            case 0..<0x20:
                let name =
                    byte == UInt8(ascii: "\n")
                    ? "a line break" : byte == UInt8(ascii: "\t") ? "a tab" : "a control character"
                throw failure("\(name) inside a string; write it as an escape such as \\n or \\t")
            default:
                scratch.append(byte)
                advance()
            }
        }
        throw failure("the string is not closed; add the missing '\"'")
    }

    private mutating func escape() throws(JSONSyntaxError) {
        let position = here
        advance()
        guard index < bytes.count else { throw failure("the string is not closed; add the missing '\"'") }
        let byte = bytes[index]
        let simple: UInt8?
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = byte
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            let shown = PathSafety.visible(String(decoding: [byte], as: UTF8.self))
            throw JSONSyntaxError(message: "invalid JSON: unknown escape '\\\(shown)' in a string", position: position)
        }
        advance()
        if let simple {
            scratch.append(simple)
            return
        }
        var scalar = try hexQuad(escapeAt: position)
        if (0xD800..<0xDC00).contains(scalar) {
            // A high surrogate must be followed by a low one: "\ud83d\ude00" is one emoji.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw JSONSyntaxError(
                    message:
                        "invalid JSON: a lone surrogate escape; \\uD800–\\uDBFF must be followed by \\uDC00–\\uDFFF",
                    position: position
                )
            }
            advance()
            advance()
            let low = try hexQuad(escapeAt: position)
            guard (0xDC00..<0xE000).contains(low) else {
                throw JSONSyntaxError(
                    message:
                        "invalid JSON: a lone surrogate escape; \\uD800–\\uDBFF must be followed by \\uDC00–\\uDFFF",
                    position: position
                )
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw JSONSyntaxError(
                message: "invalid JSON: a lone surrogate escape; \\uD800–\\uDBFF must be followed by \\uDC00–\\uDFFF",
                position: position
            )
        }
        scratch.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
    }

    private mutating func hexQuad(escapeAt position: TextPosition) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw JSONSyntaxError(
                    message: "invalid JSON: '\\u' must be followed by four hex digits",
                    position: position
                )
            }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// A number, returned as written: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fileprivate mutating func number() throws(JSONSyntaxError) -> String {
        let start = index
        let position = here
        _ = take(UInt8(ascii: "-"))
        let integerStart = index
        let integerDigits = digits()
        var valid = integerDigits > 0 && !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0"))
        if take(UInt8(ascii: ".")) { valid = valid && digits() > 0 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            advance()
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            valid = valid && digits() > 0
        }
        // Take the rest of a malformed number ("1.2.3", "12abc") so the message shows all of it.
        while index < bytes.count, isNumberTail(bytes[index]) {
            valid = false
            advance()
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard valid else {
            throw JSONSyntaxError(
                message: "invalid JSON: '\(text)' is not a number; write it like 129.90 or \"129.90\"",
                position: position
            )
        }
        return text
    }

    private mutating func digits() -> Int {
        var count = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            advance()
            count += 1
        }
        return count
    }

    private func isNumberTail(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// The next character for a message: `'x'`, or `the end of the product`.
    fileprivate var found: String {
        guard index < bytes.count else { return "the end of the product" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[index..<end], as: UTF8.self)
        return "'\(PathSafety.visible(character))'"
    }

    fileprivate func failure(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: "invalid JSON: " + message, position: here)
    }
}
