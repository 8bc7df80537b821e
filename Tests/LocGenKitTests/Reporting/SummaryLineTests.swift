import LocGenKit
import Testing

struct SummaryLineTests {
    /// A summary of `errors` and `warnings` spread over the first `filesWithFindings` of `files` files.
    private func sentence(
        errors: Int,
        warnings: Int,
        filesWithFindings: Int,
        files: Int,
        messages: Int,
        locales: Int
    ) -> String {
        let paths = (0..<files).map { "locales/\($0).yaml" }
        var diagnostics: [Diagnostic] = []
        for index in 0..<(errors + warnings) {
            let file = paths.isEmpty ? "locales/x.yaml" : paths[index % max(1, filesWithFindings)]
            diagnostics.append(
                ReportFixture.finding(file: file, line: index + 1, severity: index < errors ? .error : .warning)
            )
        }
        let summary = ValidationSummary(
            files: paths,
            messagesChecked: messages,
            localesChecked: (0..<locales).map { "l\($0)" },
            diagnostics: diagnostics
        )
        let output = DiagnosticReporter(format: .github, useColor: false, toolVersion: "0")
            .render(diagnostics, summary: summary)
        return String(output.split(separator: "\n").last!)
    }

    @Test(arguments: [
        (3, 1, 2, 30, 5000, 30, "3 errors and 1 warning in 2 of 30 files (5,000 messages in 30 locales)"),
        (0, 0, 0, 30, 5000, 30, "no problems in 30 files (5,000 messages in 30 locales)"),
        (0, 0, 0, 1, 1, 1, "no problems in 1 file (1 message in 1 locale)"),
        (0, 0, 0, 0, 0, 0, "no problems in 0 files (0 messages in 0 locales)"),
        (1, 0, 1, 1, 12, 1, "1 error in 1 file (12 messages in 1 locale)"),
        (1, 1, 1, 2, 2, 2, "1 error and 1 warning in 1 of 2 files (2 messages in 2 locales)"),
        (2, 0, 2, 2, 999, 2, "2 errors in 2 files (999 messages in 2 locales)"),
        (0, 1, 1, 3, 1000, 1, "1 warning in 1 of 3 files (1,000 messages in 1 locale)"),
        (0, 2, 1, 1_500, 1_234_567, 40, "2 warnings in 1 of 1,500 files (1,234,567 messages in 40 locales)"),
    ])
    func wordsTheSummaryInPlainEnglish(
        errors: Int,
        warnings: Int,
        filesWithFindings: Int,
        files: Int,
        messages: Int,
        locales: Int,
        expected: String
    ) {
        let line = sentence(
            errors: errors,
            warnings: warnings,
            filesWithFindings: filesWithFindings,
            files: files,
            messages: messages,
            locales: locales
        )
        #expect(line == expected)
    }
}
