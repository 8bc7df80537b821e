/// How serious a finding is. Errors fail `locgen validate` (exit 1); warnings are shown but pass
/// unless `--strict` makes them errors.
///
/// A note (`locgen seo check` only) says what was not checked; it never fails a run, not even with
/// `--strict`.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case note
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
