/// What one `locgen validate` run looked at and what it found, for the summary every format ends with.
public struct ValidationSummary: Sendable, Equatable {
    /// How many bundle files were read.
    public var filesChecked: Int
    /// How many messages were checked, over all locales.
    public var messagesChecked: Int
    /// The locale tags that were checked.
    public var localesChecked: [String]
    /// How many findings are at error level.
    public var errorCount: Int
    /// How many findings are at warning level.
    public var warningCount: Int
    /// The paths of the files that were checked, as in diagnostics' locations; the JUnit report
    /// lists each file without findings as a passing test case.
    public var files: [String]
    /// What was checked, in words, in place of the messages and locales (`520 pages, 2 sitemaps`).
    public var scope: String?

    public init(
        filesChecked: Int,
        messagesChecked: Int,
        localesChecked: [String],
        errorCount: Int,
        warningCount: Int,
        files: [String] = []
    ) {
        self.filesChecked = filesChecked
        self.messagesChecked = messagesChecked
        self.localesChecked = localesChecked
        self.errorCount = errorCount
        self.warningCount = warningCount
        self.files = files
    }

    /// A summary whose counts come from the findings themselves.
    public init(files: [String], messagesChecked: Int, localesChecked: [String], diagnostics: [Diagnostic]) {
        self.init(
            filesChecked: files.count,
            messagesChecked: messagesChecked,
            localesChecked: localesChecked,
            errorCount: diagnostics.count { $0.severity == .error },
            warningCount: diagnostics.count { $0.severity == .warning },
            files: files
        )
    }

    /// Whether the run fails: `locgen validate` exits 1 when there is an error-level finding.
    public var hasErrors: Bool { errorCount > 0 }
}
