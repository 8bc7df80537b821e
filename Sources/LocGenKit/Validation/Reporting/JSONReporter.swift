/// Findings as one JSON document for scripts: a format version, the tool, the summary and every
/// finding in order. Fields are always present; `key` and `locale` are `null` when unknown.
struct JSONReporter {
    /// The version of this document's shape; it changes only when a field changes meaning or goes away.
    static let formatVersion = 1

    var toolVersion: String

    func render(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
        let document = JSONText.object([
            ("version", .int(JSONReporter.formatVersion)),
            ("tool", .object([("name", .string("locgen")), ("version", .string(toolVersion))])),
            ("summary", JSONReporter.summary(summary, diagnostics: diagnostics)),
            ("diagnostics", .array(diagnostics.map(JSONReporter.diagnostic))),
        ])
        return document.rendered + "\n"
    }

    static func summary(_ summary: ValidationSummary, diagnostics: [Diagnostic]) -> JSONText {
        .object([
            ("errors", .int(summary.errorCount)),
            ("warnings", .int(summary.warningCount)),
            ("filesChecked", .int(summary.filesChecked)),
            ("filesWithProblems", .int(Set(diagnostics.map(\.location.file)).count)),
            ("messagesChecked", .int(summary.messagesChecked)),
            ("locales", .array(summary.localesChecked.sorted().map(JSONText.string))),
            ("text", .string(SummaryLine.sentence(for: summary, diagnostics: diagnostics))),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONText {
        .object([
            ("file", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("check", .string(diagnostic.check.rawValue)),
            ("message", .string(diagnostic.message)),
            ("key", diagnostic.key.map(JSONText.string) ?? .null),
            ("locale", diagnostic.locale.map(JSONText.string) ?? .null),
        ])
    }
}
