import LocGenKit
import Testing

/// Every format's whole output for one fixed run, against golden files in `Golden/Reporting/`.
struct ReportGoldenTests {
    @Test(arguments: [
        (ReportFormat.text, "report.txt"),
        (.json, "report.json"),
        (.github, "report.github.txt"),
        (.sarif, "report.sarif"),
        (.junit, "report.junit.xml"),
    ])
    func rendersTheFixedRunAsInTheGoldenFile(format: ReportFormat, golden: String) {
        expectGolden(ReportFixture.render(format), "Reporting/\(golden)")
    }

    @Test func rendersTheTextReportInColourAsInTheGoldenFile() {
        expectGolden(ReportFixture.render(.text, color: true), "Reporting/report-color.txt")
    }

    @Test(arguments: ReportFormat.allCases)
    func rendersIdenticalInputIdentically(format: ReportFormat) {
        #expect(ReportFixture.render(format) == ReportFixture.render(format))
    }
}
