/// Writes the findings of `locgen validate` in one of the ``ReportFormat``s.
///
/// Every format ends with the run's summary, and identical input gives byte-identical output.
public struct DiagnosticReporter: Sendable {
    /// The format to write.
    public var format: ReportFormat
    /// Whether the text format uses ANSI colours; the caller decides (a terminal, `--color`, `NO_COLOR`).
    /// The other formats never use colour.
    public var useColor: Bool
    /// The locgen version, written into the JSON, SARIF and JUnit reports.
    public var toolVersion: String
    /// An absolute URL of locgen's documentation, written as SARIF `informationUri` when given.
    public var informationURI: String?
    /// The checks the run knows, listed as SARIF rules: ``Check/all`` or ``Check/site``.
    public var checks: [Check]

    public init(
        format: ReportFormat,
        useColor: Bool,
        toolVersion: String,
        informationURI: String? = nil,
        checks: [Check] = Check.all
    ) {
        self.format = format
        self.useColor = useColor
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.checks = checks
    }

    /// Renders all findings (already sorted) and the summary as the whole output text.
    ///
    /// The text ends with a newline; write it as it is, with no terminator of its own.
    public func render(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
        switch format {
        case .text:
            TextReporter(useColor: useColor).render(diagnostics, summary: summary)
        case .json:
            JSONReporter(toolVersion: toolVersion).render(diagnostics, summary: summary)
        case .github:
            GitHubReporter().render(diagnostics, summary: summary)
        case .sarif:
            SARIFReporter(toolVersion: toolVersion, informationURI: informationURI, checks: checks).render(diagnostics)
        case .junit:
            JUnitReporter(toolVersion: toolVersion).render(diagnostics, summary: summary)
        }
    }
}
