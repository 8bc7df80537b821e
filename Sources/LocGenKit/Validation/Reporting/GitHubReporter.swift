/// Findings as GitHub Actions workflow commands, which GitHub turns into annotations on the lines:
/// `::error file=locales/de.yaml,line=12,col=18,title=plural-missing::message`.
///
/// GitHub shows at most 10 error and 10 warning annotations per step, so every finding is still
/// printed (the log keeps them all) and the summary says how many have no annotation.
struct GitHubReporter {
    /// Annotations GitHub shows per type and step.
    static let annotationLimit = 10

    func render(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += GitHubReporter.command(for: diagnostic) + "\n"
        }
        output += SummaryLine.sentence(for: summary, diagnostics: diagnostics) + "\n"
        for severity in [Severity.error, .warning] {
            let hidden = diagnostics.count { $0.severity == severity } - GitHubReporter.annotationLimit
            guard hidden > 0 else { continue }
            let verb = hidden == 1 ? "is" : "are"
            output += "\(SummaryLine.counted(hidden, "more \(severity.rawValue)")) \(verb) not shown as annotations"
            output += " (GitHub shows \(GitHubReporter.annotationLimit) per step); see the log above\n"
        }
        return output
    }

    /// The workflow command for one finding; a position of 0 (unknown) is left out.
    static func command(for diagnostic: Diagnostic) -> String {
        var properties = [("file", diagnostic.location.file)]
        if diagnostic.location.line >= 1 {
            properties.append(("line", String(diagnostic.location.line)))
            if diagnostic.location.column >= 1 {
                properties.append(("col", String(diagnostic.location.column)))
            }
        }
        properties.append(("title", diagnostic.check.rawValue))
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        // GitHub calls a note a notice.
        let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
        return "::\(command) \(list)::\(escapeData(diagnostic.message))"
    }

    // GitHub's runner (toolkit `command.ts`) escapes a command's message with escapeData and its
    // property values with escapeProperty; the runner decodes exactly these sequences.

    /// `%`, CR and LF as `%25`, `%0D`, `%0A`.
    static func escapeData(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            default: nil
            }
        }
    }

    /// As ``escapeData(_:)``, and `:` and `,` as `%3A` and `%2C`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingScalars { scalar in
            switch scalar {
            case ":": "%3A"
            case ",": "%2C"
            default: nil
            }
        }
    }
}
