/// A 1-based line and column (in Unicode scalars) inside a file whose path is known elsewhere.
struct TextPosition: Hashable, Sendable, Comparable {
    var line: Int
    var column: Int

    static let start = TextPosition(line: 1, column: 1)

    /// Moves past one byte of UTF-8: a line feed starts a new line, a continuation byte stays in
    /// the same column, so columns count Unicode scalars.
    mutating func advance(over byte: UInt8) {
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    func location(in path: String) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}
