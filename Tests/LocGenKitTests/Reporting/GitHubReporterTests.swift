import LocGenKit
import Testing

struct GitHubReporterTests {
    private func lines(_ diagnostics: [Diagnostic]) -> [Substring] {
        let summary = ValidationSummary(
            files: ["locales/de.yaml"],
            messagesChecked: 10,
            localesChecked: ["de"],
            diagnostics: diagnostics
        )
        return DiagnosticReporter(format: .github, useColor: false, toolVersion: "0.1.0")
            .render(diagnostics, summary: summary)
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func escapesPercentAndLineBreaksInTheMessage() {
        let diagnostic = ReportFixture.finding("50% off:\r\n'a, b' \"c\" <d>")
        #expect(
            lines([diagnostic]).first
                == "::error file=locales/de.yaml,line=3,col=5,title=syntax::50%25 off:%0D%0A'a, b' \"c\" <d>"
        )
    }

    @Test func escapesCommasAndColonsInProperties() {
        let diagnostic = ReportFixture.finding("x", file: "C:/sites/a,b%\n.yaml")
        #expect(lines([diagnostic]).first == "::error file=C%3A/sites/a%2Cb%25%0A.yaml,line=3,col=5,title=syntax::x")
    }

    @Test func keepsNonASCIIPathsAsTheyAre() {
        let diagnostic = ReportFixture.finding("x", file: "locales/zh-Hans/商品 页.yaml", severity: .warning)
        #expect(lines([diagnostic]).first == "::warning file=locales/zh-Hans/商品 页.yaml,line=3,col=5,title=syntax::x")
    }

    @Test func leavesOutAnUnknownLineAndColumn() {
        #expect(
            lines([ReportFixture.finding("x", line: 0, column: 0)]).first
                == "::error file=locales/de.yaml,title=syntax::x"
        )
        #expect(
            lines([ReportFixture.finding("x", line: 4, column: 0)]).first
                == "::error file=locales/de.yaml,line=4,title=syntax::x"
        )
    }

    @Test func printsEveryCommandAndSaysHowManyGetNoAnnotation() {
        let errors = (1...14).map { ReportFixture.finding("e\($0)", line: $0) }
        let warnings = (1...11).map { ReportFixture.finding("w\($0)", line: 100 + $0, severity: .warning) }
        let output = lines(errors + warnings)
        #expect(output.count { $0.hasPrefix("::error ") } == 14)
        #expect(output.count { $0.hasPrefix("::warning ") } == 11)
        #expect(
            output.suffix(4) == [
                "14 errors and 11 warnings in 1 file (10 messages in 1 locale)",
                "4 more errors are not shown as annotations (GitHub shows 10 per step); see the log above",
                "1 more warning is not shown as annotations (GitHub shows 10 per step); see the log above",
                "",
            ]
        )
    }

    @Test func addsNoNoteForTenOfAType() {
        let errors = (1...10).map { ReportFixture.finding("e\($0)", line: $0) }
        #expect(lines(errors).suffix(2) == ["10 errors in 1 file (10 messages in 1 locale)", ""])
    }

    @Test func printsOnlyTheSummaryWhenClean() {
        #expect(lines([]) == ["no problems in 1 file (10 messages in 1 locale)", ""])
    }
}
