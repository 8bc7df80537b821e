/// How `locgen validate` writes its findings: for people, or for a CI system to read.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines with the source line and a caret, then a summary line.
    case text
    /// One JSON document with the summary and every finding, for scripts.
    case json
    /// GitHub Actions workflow commands (`::error file=…::…`), which become annotations.
    case github
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    case sarif
    /// JUnit XML, for the test reports of GitLab, Jenkins and others.
    case junit
}
