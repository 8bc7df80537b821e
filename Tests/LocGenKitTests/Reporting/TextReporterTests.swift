import LocGenKit
import Testing

struct TextReporterTests {
    private func text(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
        let summary = ValidationSummary(
            files: ["locales/de.yaml"],
            messagesChecked: 1,
            localesChecked: ["de"],
            diagnostics: diagnostics
        )
        return DiagnosticReporter(format: .text, useColor: color, toolVersion: "0.1.0").render(
            diagnostics,
            summary: summary
        )
    }

    /// The finding's lines without the summary line.
    private func finding(_ diagnostic: Diagnostic, color: Bool = false) -> [Substring] {
        text([diagnostic], color: color).split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)
    }

    @Test func writesNoEscapeSequencesWithoutColour() {
        let output = text(ReportFixture.diagnostics)
        #expect(!output.contains("\u{1B}"))
    }

    @Test func coloursLocationSeverityCaretAndCheckWhenAsked() {
        let error = ReportFixture.finding("bad", sourceLine: "    x: y")
        #expect(
            finding(error, color: true) == [
                "\u{1B}[1mlocales/de.yaml:3:5:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad \u{1B}[2m[syntax]\u{1B}[0m",
                "    x: y",
                "    \u{1B}[1;32m^\u{1B}[0m",
            ]
        )
        let warning = ReportFixture.finding("meh", severity: .warning, check: .whitespace)
        #expect(
            finding(warning, color: true) == [
                "\u{1B}[1mlocales/de.yaml:3:5:\u{1B}[0m \u{1B}[1;33mwarning:\u{1B}[0m meh \u{1B}[2m[whitespace]\u{1B}[0m"
            ]
        )
    }

    @Test(arguments: [
        // Wide CJK characters take two cells each: 名前: is five cells before the space.
        ("名前: {nam}", 5, "      ^"),
        // A combining acute accent takes none.
        ("Cafe\u{301} {x}", 7, "     ^"),
        // Fullwidth forms and Hangul are wide too.
        ("ＡＢ가 {x}", 5, "       ^"),
        // Tabs stay tabs, so the caret lines up whatever the tab width.
        ("\tkey:\t{x}", 7, "\t    \t^"),
        // A column past the end points just after the line.
        ("abc", 9, "   ^"),
        ("abc", 1, "^"),
    ])
    func alignsTheCaretByDisplayWidth(line: String, column: Int, caret: String) {
        let diagnostic = ReportFixture.finding(column: column, sourceLine: line)
        #expect(
            finding(diagnostic) == [
                "locales/de.yaml:3:\(column): error: a problem [syntax]", Substring(line), Substring(caret),
            ]
        )
    }

    @Test func showsNoSourceLineWhenThereIsNone() {
        #expect(finding(ReportFixture.finding()) == ["locales/de.yaml:3:5: error: a problem [syntax]"])
    }

    @Test func dropsACarriageReturnAndReplacesControlCharactersInTheSourceLine() {
        let diagnostic = ReportFixture.finding(column: 4, sourceLine: "a\u{1B}[b\r")
        #expect(finding(diagnostic) == ["locales/de.yaml:3:4: error: a problem [syntax]", "a\u{FFFD}[b", "   ^"])
    }

    @Test func keepsAFindingOnOneLineWithoutTerminalEscapes() {
        let diagnostic = ReportFixture.finding("value 'a\nb\u{1B}[31m' is odd", file: "locales/x\ty.yaml")
        #expect(finding(diagnostic) == [#"locales/x\ty.yaml:3:5: error: value 'a\nb\u{1B}[31m' is odd [syntax]"#])
    }

    @Test func endsWithTheSummaryLine() {
        let lines = text([ReportFixture.finding()]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.suffix(2) == ["1 error in 1 file (1 message in 1 locale)", ""])
    }
}
