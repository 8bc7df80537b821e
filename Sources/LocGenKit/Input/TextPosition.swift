/// A 1-based line and column (in Unicode scalars) inside a file whose path is known elsewhere.
struct TextPosition: Hashable, Sendable, Comparable {
    var line: Int
    var column: Int

    static let start = TextPosition(line: 1, column: 1)

    func location(in path: String) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}
