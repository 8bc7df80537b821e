/// A set of texts, and a quick look at a JSON Lines record's bytes for whether any of its string or number
/// values (or member names) may be one of them, without parsing the record.
///
/// For the related products' second pass, which wants the few records whose id some product lists: parsing
/// every record to read its id was 0.45 % of a cold build's CPU samples, all before the first page renders
/// (perf, 1,000 products × 12 markets, 297 of them listed).
struct RecordValueFilter: Sendable {
    private let texts: Set<String>
    /// The longest token, in UTF-8 bytes, that can equal one of ``texts``: Swift compares strings by canonical
    /// equivalence, so a token may be written with other scalars than the text; each scalar of a text
    /// decomposes into at most 4 and each scalar takes at most 4 bytes.
    private let maximumBytes: Int

    init(_ texts: some Sequence<String>) {
        self.texts = Set(texts)
        maximumBytes = 16 * (self.texts.map(\.unicodeScalars.count).max() ?? 0)
    }

    /// Whether the line, a JSON text, may have one of the texts as a string or a number: always when it holds
    /// an escape (`\u0070` may spell one), otherwise when one of its quoted strings or bare words, as written,
    /// is one of them.
    func mayMatch(_ line: [UInt8]) -> Bool {
        guard !texts.isEmpty else { return false }
        return line.withUnsafeBufferPointer { bytes in
            guard !bytes.contains(UInt8(ascii: "\\")) else { return true }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    // Without escapes every quote opens or closes a string.
                    var end = index + 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    if contains(bytes, index + 1..<end) { return true }
                    index = end + 1
                } else if Self.isSeparator(byte) {
                    index += 1
                } else {
                    // A number as written (or a word such as `true`, which no id is).
                    var end = index + 1
                    while end < bytes.count, !Self.isSeparator(bytes[end]), bytes[end] != UInt8(ascii: "\"") {
                        end += 1
                    }
                    if contains(bytes, index..<end) { return true }
                    index = end
                }
            }
            return false
        }
    }

    private func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= maximumBytes else { return false }
        // Decoded as the parser decodes a string, so equal tokens give equal texts.
        return texts.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
