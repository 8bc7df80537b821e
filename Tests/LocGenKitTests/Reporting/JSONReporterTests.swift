import Foundation
import LocGenKit
import Testing

struct JSONReporterTests {
    private func document(_ diagnostics: [Diagnostic]) throws -> [String: Any] {
        let summary = ValidationSummary(
            files: ["locales/de.yaml"],
            messagesChecked: 2,
            localesChecked: ["de"],
            diagnostics: diagnostics
        )
        let text = DiagnosticReporter(format: .json, useColor: false, toolVersion: "0.1.0").render(
            diagnostics,
            summary: summary
        )
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func writesNullForAnUnknownKeyAndLocale() throws {
        var diagnostic = ReportFixture.finding(key: nil)
        diagnostic.locale = nil
        let findings = try #require(try document([diagnostic])["diagnostics"] as? [[String: Any]])
        #expect(findings.first?["key"] is NSNull)
        #expect(findings.first?["locale"] is NSNull)
    }

    @Test func keepsQuotesLineBreaksAndControlCharactersInValidJSON() throws {
        let message = "\"quoted\" \\ back\nslash\t\u{1}\u{2028} ü 商品"
        let findings = try #require(
            try document([ReportFixture.finding(message, file: "locales/pt BR.yaml")])["diagnostics"]
                as? [[String: Any]]
        )
        #expect(findings.first?["message"] as? String == message)
        #expect(findings.first?["file"] as? String == "locales/pt BR.yaml")
    }

    @Test func summarisesTheCounts() throws {
        let diagnostics = [ReportFixture.finding(), ReportFixture.finding(line: 9, severity: .warning)]
        let summary = try #require(try document(diagnostics)["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["filesChecked"] as? Int == 1)
        #expect(summary["filesWithProblems"] as? Int == 1)
        #expect(summary["messagesChecked"] as? Int == 2)
        #expect(summary["locales"] as? [String] == ["de"])
        #expect(summary["text"] as? String == "1 error and 1 warning in 1 file (2 messages in 1 locale)")
    }
}
