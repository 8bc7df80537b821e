import Foundation
import LocGenKit
import Testing

struct SARIFReporterTests {
    private func log(_ diagnostics: [Diagnostic], informationURI: String? = nil) throws -> [String: Any] {
        let summary = ValidationSummary(files: [], messagesChecked: 0, localesChecked: [], diagnostics: diagnostics)
        let reporter = DiagnosticReporter(
            format: .sarif,
            useColor: false,
            toolVersion: "0.1.0",
            informationURI: informationURI
        )
        let text = reporter.render(diagnostics, summary: summary)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    private func driver(_ run: [String: Any]) throws -> [String: Any] {
        let tool = try #require(run["tool"] as? [String: Any])
        return try #require(tool["driver"] as? [String: Any])
    }

    private func physicalLocation(_ result: [String: Any]) throws -> [String: Any] {
        let locations = try #require(result["locations"] as? [[String: Any]])
        try #require(locations.count == 1)
        return try #require(locations[0]["physicalLocation"] as? [String: Any])
    }

    @Test func hasTheKeysCodeScanningRequires() throws {
        let log = try log(ReportFixture.diagnostics)
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let run = try run(log)
        let driver = try driver(run)
        #expect(driver["name"] as? String == "locgen")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] == nil)

        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Check.all.map(\.id.rawValue))
        for rule in rules {
            let short = try #require(rule["shortDescription"] as? [String: Any])
            #expect((short["text"] as? String)?.isEmpty == false)
            let configuration = try #require(rule["defaultConfiguration"] as? [String: Any])
            #expect(["error", "warning"].contains(configuration["level"] as? String))
        }

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportFixture.diagnostics.count)
        for (result, diagnostic) in zip(results, ReportFixture.diagnostics) {
            let ruleIndex = try #require(result["ruleIndex"] as? Int)
            try #require(rules.indices.contains(ruleIndex))
            #expect(rules[ruleIndex]["id"] as? String == result["ruleId"] as? String)
            #expect(result["ruleId"] as? String == diagnostic.check.rawValue)
            #expect(result["level"] as? String == diagnostic.severity.rawValue)
            #expect((result["message"] as? [String: Any])?["text"] as? String == diagnostic.message)
            let location = try physicalLocation(result)
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == diagnostic.location.file)
            let region = try #require(location["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == diagnostic.location.line)
            #expect(region["startColumn"] as? Int == diagnostic.location.column)
        }
    }

    @Test func writesTheInformationURIWhenGiven() throws {
        let driver = try driver(try run(try log([], informationURI: "https://example.org/locgen")))
        #expect(driver["informationUri"] as? String == "https://example.org/locgen")
    }

    @Test func addsARuleForACheckLocgenDoesNotList() throws {
        let run = try run(try log([ReportFixture.finding(check: "brand-new")]))
        let rules = try #require(try driver(run)["rules"] as? [[String: Any]])
        #expect(rules.count == Check.all.count + 1)
        #expect(rules.last?["id"] as? String == "brand-new")
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleIndex"] as? Int == Check.all.count)
    }

    @Test(arguments: [
        ("locales/de.yaml", "locales/de.yaml"),
        ("./locales/de.yaml", "locales/de.yaml"),
        ("locales/pt BR/ç#1%.yaml", "locales/pt%20BR/%C3%A7%231%25.yaml"),
        ("locales\\zh-Hans\\商品.yaml", "locales/zh-Hans/%E5%95%86%E5%93%81.yaml"),
        ("site/locales:x/a,b.yaml", "site/locales%3Ax/a%2Cb.yaml"),
        ("/srv/site/locales/de.yaml", "file:///srv/site/locales/de.yaml"),
    ])
    func writesPathsAsPercentEncodedURIs(path: String, uri: String) throws {
        let result = try #require(
            (try run(try log([ReportFixture.finding(file: path)]))["results"] as? [[String: Any]])?.first
        )
        #expect((try physicalLocation(result)["artifactLocation"] as? [String: Any])?["uri"] as? String == uri)
    }

    @Test func pointsAFindingWithoutALineAtTheFirstLine() throws {
        let result = try #require(
            (try run(try log([ReportFixture.finding(line: 0, column: 0)]))["results"] as? [[String: Any]])?.first
        )
        let region = try #require(try physicalLocation(result)["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 1)
        #expect(region["startColumn"] == nil)
    }
}
