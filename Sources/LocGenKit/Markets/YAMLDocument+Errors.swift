import Yams

extension YAMLDocument {
    /// Turns a Yams syntax error into a located ``LocGenError`` with libyaml's words and, where a common
    /// slip explains it, a fix.
    func translate(_ error: YamlError, text: String) -> LocGenError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if problem.contains("another document") {
                message = "invalid YAML: the file holds a second document"
            } else if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            message += hint(for: problem, at: mark, in: text)
            return LocGenError(.invalidDocument, message, at: location(line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            // Yams counts this offset in Characters; locations count Unicode scalars.
            let characterOffset = min(max(offset ?? 0, 0), text.count)
            let index = text.index(text.startIndex, offsetBy: characterOffset)
            let scalarOffset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
            let snippet = SourceSnippet(text: text, scalarOffset: scalarOffset)
            return LocGenError(
                .invalidDocument,
                "invalid YAML: \(problem); remove the character or write it as an escape in a double-quoted string",
                at: location(line: snippet.lineNumber, column: snippet.column)
            )
        default:
            return LocGenError(.invalidDocument, "invalid YAML: \(error)", at: location(line: 1, column: 1))
        }
    }

    private func hint(for problem: String, at mark: Mark, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
        let scalars = Array(line.unicodeScalars)
        let character = mark.column >= 1 && mark.column <= scalars.count ? scalars[mark.column - 1] : nil
        if character == "\t" || (problem.contains("cannot start any token") && line.hasPrefix("\t")) {
            return "; YAML does not allow tabs for indentation, so indent with spaces"
        }
        if problem.contains("another document") {
            return "; locgen.yaml must hold a single document, so remove the extra '---'"
        }
        if problem.contains("undefined alias") {
            return "; define the anchor ('&name') before the alias ('*name') that uses it"
        }
        if problem.contains("mapping values are not allowed") {
            return "; quote a value that contains ': ', or check the indentation"
        }
        return ""
    }
}
