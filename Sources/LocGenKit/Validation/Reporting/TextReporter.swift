/// Findings for people, as compilers print them: `file:line:col: error: message [check-id]`, the
/// offending line, a caret under the column, and a summary line at the end.
struct TextReporter {
    var useColor: Bool

    func render(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += finding(diagnostic)
        }
        output += SummaryLine.sentence(for: summary, diagnostics: diagnostics) + "\n"
        return output
    }

    /// One finding: its header line, and the source line with a caret when the line is known.
    func finding(_ diagnostic: Diagnostic) -> String {
        let location = TextReporter.printable(diagnostic.location.description)
        let severity = diagnostic.severity.rawValue + ":"
        var output = paint(location + ":", .bold) + " "
        output += paint(severity, Self.style(of: diagnostic.severity)) + " "
        output += TextReporter.printable(diagnostic.message) + " "
        output += paint("[\(diagnostic.check.rawValue)]", .dim) + "\n"
        if let sourceLine = diagnostic.sourceLine, diagnostic.location.line >= 1 {
            let line = TextReporter.displayable(sourceLine)
            output += line + "\n"
            output += TextReporter.caretIndent(in: line, column: diagnostic.location.column) + paint("^", .green) + "\n"
        }
        return output
    }

    /// Tabs and spaces that put a caret under the 1-based `column` (counted in Unicode scalars) of
    /// `line` in a terminal: a tab stays a tab, a wide CJK character takes two cells, a combining
    /// mark none (``SourceSnippet/width(of:)``).
    static func caretIndent(in line: String, column: Int) -> String {
        // A column past the end points just after the line's last character.
        line.unicodeScalars.prefix(max(0, column - 1)).reduce(into: "") { indent, scalar in
            indent += scalar == "\t" ? "\t" : String(repeating: " ", count: SourceSnippet.width(of: scalar))
        }
    }

    /// The line as a terminal can show it: a trailing CR is dropped and other control characters
    /// become U+FFFD, one scalar for one, so columns still count the same.
    static func displayable(_ line: String) -> String {
        let line = line.hasSuffix("\r") ? String(line.unicodeScalars.dropLast()) : line
        return line.replacingScalars { $0 != "\t" && isControl($0) ? "\u{FFFD}" : nil }
    }

    /// A message or path on one line with no terminal escapes: control characters are written as
    /// `\n`, `\r`, `\t` or `\u{1B}`.
    static func printable(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case _ where isControl(scalar): "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: nil
            }
        }
    }

    /// C0 and C1 control characters and DEL; ESC among them would start a terminal escape sequence.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    // MARK: Colour

    enum Style: String {
        case bold = "\u{1B}[1m"
        case red = "\u{1B}[1;31m"
        case yellow = "\u{1B}[1;33m"
        case green = "\u{1B}[1;32m"
        case dim = "\u{1B}[2m"
    }

    static func style(of severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .bold
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? style.rawValue + text + "\u{1B}[0m" : text
    }
}
