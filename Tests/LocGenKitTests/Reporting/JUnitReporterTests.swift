import Foundation
import LocGenKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct JUnitReporterTests {
    private func xml(_ diagnostics: [Diagnostic], files: [String] = ["locales/de.yaml"]) -> String {
        let summary = ValidationSummary(
            files: files,
            messagesChecked: 3,
            localesChecked: ["de"],
            diagnostics: diagnostics
        )
        return DiagnosticReporter(format: .junit, useColor: false, toolVersion: "0.1.0").render(
            diagnostics,
            summary: summary
        )
    }

    /// The XML parses, and its elements in document order with their attributes.
    private func elements(_ xml: String) throws -> [(String, [String: String])] {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [(String, [String: String])] = []
            func parser(
                _ parser: XMLParser,
                didStartElement name: String,
                namespaceURI: String?,
                qualifiedName: String?,
                attributes: [String: String]
            ) {
                elements.append((name, attributes))
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        try #require(parsed, "not well-formed: \(String(describing: parser.parserError))")
        return collector.elements
    }

    @Test func makesErrorsFailuresAndWarningsPassingCasesWithOutput() throws {
        let diagnostics = [
            ReportFixture.finding("bad", line: 2),
            ReportFixture.finding("meh", line: 3, severity: .warning, check: .whitespace, key: nil),
        ]
        let output = xml(diagnostics, files: ["locales/de.yaml", "locales/fr.yaml"])
        let elements = try elements(output)
        let suite = try #require(elements.first { $0.0 == "testsuite" })
        #expect(suite.1["tests"] == "3")
        #expect(suite.1["failures"] == "1")
        let cases = elements.filter { $0.0 == "testcase" }.map { [$0.1["classname"] ?? "", $0.1["name"] ?? ""] }
        #expect(
            cases == [
                ["locales/de.yaml", "cart.add [syntax]"],
                ["locales/de.yaml", "locales/de.yaml [whitespace]"],
                ["locales/fr.yaml", "locales/fr.yaml"],
            ]
        )
        #expect(elements.filter { $0.0 == "failure" }.map(\.1) == [["message": "bad", "type": "syntax"]])
        #expect(output.contains("<system-out>locales/de.yaml:3:5: warning: meh [whitespace]\n</system-out>"))
    }

    @Test func escapesMarkupAndLeavesOutCharactersXMLCannotHold() throws {
        let message = "a < b & \"c\" 'd' > e\u{1}\u{FFFE}\u{B}\nf\tg"
        let output = xml([ReportFixture.finding(message, file: "locales/ä & <b>.yaml", key: "x\"y")])
        let failure = try #require(try elements(output).first { $0.0 == "failure" })
        #expect(failure.1["message"] == "a < b & \"c\" 'd' > e\nf\tg")
        #expect(output.contains(#"message="a &lt; b &amp; &quot;c&quot; 'd' &gt; e&#10;f&#9;g""#))
        #expect(output.contains(#"classname="locales/ä &amp; &lt;b&gt;.yaml" name="x&quot;y [syntax]""#))
        #expect(output.contains(#"error: a &lt; b &amp; "c" 'd' &gt; e\u{1}\u{B}\nf\tg [syntax]"#))
    }

    @Test func listsEveryCleanFileAsAPassingCase() throws {
        let elements = try elements(xml([], files: ["locales/fr.yaml", "locales/de.yaml"]))
        #expect(elements.filter { $0.0 == "testcase" }.map { $0.1["name"] } == ["locales/de.yaml", "locales/fr.yaml"])
        #expect(elements.first { $0.0 == "testsuites" }?.1["failures"] == "0")
    }
}
