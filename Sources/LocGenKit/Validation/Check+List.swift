extension Check {
    /// Every check as `locgen validate --list-checks` prints it: grouped by area, with the id,
    /// the default severity and the one-line explanation.
    public static var listing: String {
        listing(
            of: all,
            footer: [
                "Change a severity or turn a check off in locgen.yaml under validate.checks (error, warning, off),",
                "or for some keys only under validate.keys; --strict makes every warning an error.",
            ]
        )
    }

    /// Checks grouped by area as `--list-checks` prints them, followed by the footer's lines.
    public static func listing(of all: [Check], footer: [String]) -> String {
        let width = all.map(\.id.rawValue.count).max() ?? 0
        var lines: [String] = []
        for area in Area.allCases {
            let checks = all.filter { $0.area == area }
            guard !checks.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append("\(area.rawValue):")
            for check in checks {
                let id = check.id.rawValue + String(repeating: " ", count: width - check.id.rawValue.count)
                let severity = check.defaultSeverity.rawValue + String(repeating: " ", count: 8 - check.defaultSeverity.rawValue.count)
                lines.append("  \(id)  \(severity) \(check.summary)")
            }
        }
        lines.append("")
        lines += footer
        return lines.joined(separator: "\n")
    }
}
