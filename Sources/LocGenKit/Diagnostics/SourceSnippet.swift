/// The line of text around an error with a caret under the offending character, as compilers show it.
///
/// Columns count display cells: East Asian wide and fullwidth characters take two, combining marks
/// none, so the caret lands under the right character in a terminal.
public struct SourceSnippet: Sendable, Equatable {
    /// The line that holds the error.
    public var line: String
    /// The 1-based line number within the text.
    public var lineNumber: Int
    /// The 1-based column, counted in Unicode scalars, as editors expect in `file:line:column`.
    public var column: Int
    /// Spaces and tabs that put a caret under the error when printed below `line`.
    public var caretIndent: String

    /// Locates a Unicode-scalar offset in a text.
    public init(text: String, scalarOffset: Int) {
        var lineStart: [Unicode.Scalar] = []
        var lineNumber = 1
        var column = 1
        var indent = ""
        var index = 0
        var scalars = text.unicodeScalars.makeIterator()
        var reachedOffset = false
        while let scalar = scalars.next() {
            if index == scalarOffset { reachedOffset = true }
            if scalar == "\n" {
                if reachedOffset { break }
                lineStart = []
                lineNumber += 1
                column = 1
                indent = ""
            } else {
                lineStart.append(scalar)
                if !reachedOffset {
                    column += 1
                    indent += scalar == "\t" ? "\t" : String(repeating: " ", count: Self.width(of: scalar))
                }
            }
            index += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: lineStart.filter { $0 != "\r" })
        self.line = String(view)
        self.lineNumber = lineNumber
        self.column = column
        self.caretIndent = indent
    }

    /// The line and the caret, as two lines of text.
    public var rendered: String { "\(line)\n\(caretIndent)^" }

    /// The number of terminal cells a scalar takes.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        let value = scalar.value
        // East Asian Wide and Fullwidth ranges (UAX #11), the common blocks.
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }
}
