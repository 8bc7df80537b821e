/// Finds the start tags `locgen seo check` reads in any HTML file (`html`, `link`, `meta`, `base` and
/// `script`), with their attributes, the text of each `script` and the byte offset of every piece.
///
/// Not an HTML parser: it follows the tokenizer rules of the HTML standard just far enough to find
/// tags where a browser would (comments, `<!doctype>`, quoted and unquoted attribute values, the raw
/// text of `script`, `style`, `textarea` and `title`), and never fails. Invalid UTF-8 becomes U+FFFD in
/// values; an unterminated tag, comment or quote ends at the end of the file. Every step moves forward,
/// so the scan is linear in the file's size.
struct HTMLTagScanner {
    /// One start tag.
    struct Tag: Sendable, Equatable {
        /// The tag name in lower case.
        var name: String
        /// The byte offset of `<`.
        var offset: Int
        var attributes: [Attribute]
        /// For `script`: the raw text up to `</script`, and its byte offset.
        var content: String?
        var contentOffset: Int?

        /// The first attribute with a name (lower case), if any.
        func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }
    }

    /// One attribute: the name in lower case, the value with character references decoded, and the
    /// byte offset of the value (of the name when there is no value).
    struct Attribute: Sendable, Equatable {
        var name: String
        var value: String
        var offset: Int
    }

    /// The tags the checks read; all others are skipped.
    static let wantedTags: Set<String> = ["html", "link", "meta", "base", "script"]
    /// Elements whose content is raw text, in which `<` starts no tag.
    static let rawTextTags: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript"]

    private let bytes: [UInt8]
    private var index = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The wanted tags of a file, in file order.
    static func tags(in bytes: [UInt8]) -> [Tag] {
        var scanner = HTMLTagScanner(bytes: bytes)
        return scanner.scan()
    }

    private mutating func scan() -> [Tag] {
        var tags: [Tag] = []
        while let start = nextByte(UInt8(ascii: "<"), from: index) {
            index = start + 1
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "!") {
                skipMarkupDeclaration()
            } else if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "/") {
                // A processing instruction or an end tag: skip to its `>`.
                index = (nextByte(UInt8(ascii: ">"), from: index) ?? bytes.count - 1) + 1
            } else if Self.isASCIILetter(byte) {
                var tag = startTag(at: start)
                if Self.rawTextTags.contains(tag.name) {
                    let contentStart = index
                    let end = rawTextEnd(of: tag.name, from: index)
                    if tag.name == "script" {
                        tag.content = String(decoding: bytes[contentStart..<end], as: UTF8.self)
                        tag.contentOffset = contentStart
                    }
                    index = end
                }
                if Self.wantedTags.contains(tag.name) { tags.append(tag) }
            }
        }
        return tags
    }

    /// `<!-- … -->`, `<!doctype …>` or `<![CDATA[ … ]]>`; `index` is at `!`.
    private mutating func skipMarkupDeclaration() {
        if matches("!--", at: index) {
            // `<!-->` and `<!--->` end at once, as in browsers.
            var cursor = index + 3
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") { index = cursor + 1; return }
            if matches("->", at: cursor) { index = cursor + 2; return }
            while let dash = nextByte(UInt8(ascii: "-"), from: cursor) {
                if matches("-->", at: dash) { index = dash + 3; return }
                cursor = dash + 1
            }
            index = bytes.count
        } else {
            index = (nextByte(UInt8(ascii: ">"), from: index) ?? bytes.count - 1) + 1
        }
    }

    /// Reads a start tag's name and attributes; `start` is the offset of `<`, `index` at the name.
    private mutating func startTag(at start: Int) -> Tag {
        let name = word(until: { Self.isSpace($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") })
        var tag = Tag(name: name.lowercased(), offset: start, attributes: [])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { index += 1; return tag }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") { index += 1; continue }
            let nameOffset = index
            index += 1  // A name may start with `=` or a quote; it is still one character of the name.
            let rest = word(until: { Self.isSpace($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "=") })
            let attributeName = (String(decoding: bytes[nameOffset..<nameOffset + 1], as: UTF8.self) + rest).lowercased()
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                tag.attributes.append(Attribute(name: attributeName, value: "", offset: nameOffset))
                continue
            }
            index += 1
            skipSpaces()
            let (value, valueOffset) = attributeValue()
            tag.attributes.append(Attribute(name: attributeName, value: value, offset: valueOffset))
        }
        return tag
    }

    /// A quoted or unquoted value with character references decoded; `index` is at its first byte.
    private mutating func attributeValue() -> (String, Int) {
        guard index < bytes.count else { return ("", index) }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let valueStart = index + 1
            let end = nextByte(quote, from: valueStart) ?? bytes.count
            index = min(end + 1, bytes.count)
            return (HTMLCharacterReference.decode(bytes[valueStart..<end]), valueStart)
        }
        let valueStart = index
        skip(until: { Self.isSpace($0) || $0 == UInt8(ascii: ">") })
        return (HTMLCharacterReference.decode(bytes[valueStart..<index]), valueStart)
    }

    /// Where the raw text of an element ends: at `</name` (any case), or at the end of the file.
    private func rawTextEnd(of name: String, from start: Int) -> Int {
        let closing = Array("</\(name)".utf8)
        var cursor = start
        while let open = nextByte(UInt8(ascii: "<"), from: cursor) {
            if open + closing.count <= bytes.count,
                zip(bytes[open..<open + closing.count], closing).allSatisfy({ Self.lowercased($0) == $1 })
            {
                return open
            }
            cursor = open + 1
        }
        return bytes.count
    }

    // MARK: Bytes

    private func nextByte(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    private func matches(_ text: String, at offset: Int) -> Bool {
        let pattern = Array(text.utf8)
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        return zip(bytes[offset..<offset + pattern.count], pattern).allSatisfy { Self.lowercased($0) == $1 }
    }

    private mutating func word(until isEnd: (UInt8) -> Bool) -> String {
        let start = index
        skip(until: isEnd)
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skip(until isEnd: (UInt8) -> Bool) {
        while index < bytes.count, !isEnd(bytes[index]) { index += 1 }
    }

    private mutating func skipSpaces() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(Self.lowercased(byte))
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
