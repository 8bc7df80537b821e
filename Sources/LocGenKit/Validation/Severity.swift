/// How serious a finding is. Errors fail `locgen validate` (exit 1); warnings are shown but pass
/// unless `--strict` makes them errors.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
