/// Turns byte offsets in a file into 1-based lines and columns (in Unicode scalars), as diagnostics
/// show them; the file is read once for its line starts.
struct LineTable: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The position of a byte offset; an offset past the end points just after the last byte.
    func position(of offset: Int) -> TextPosition {
        let offset = max(0, min(offset, bytes.count))
        let low = LineStarts.line(containing: offset, starts: lineStarts)
        let column = bytes[lineStarts[low]..<offset].count { $0 & 0xC0 != 0x80 } + 1
        return TextPosition(line: low + 1, column: column)
    }

    /// The text of a 1-based line without its line break, for showing it with a caret; long lines
    /// (minified pages) are left out, as a caret under column 40,000 helps nobody.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end - start <= 300 else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
