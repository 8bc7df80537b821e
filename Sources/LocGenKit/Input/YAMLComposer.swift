import Yams

/// Parsing a YAML file with Yams, with libyaml's errors turned into a ``LocGenError`` at
/// libyaml's line and column.
enum YAMLComposer {
    /// The root node of `text`, `nil` for an empty document; throws `code` with
    /// "invalid YAML: <libyaml's problem>" where libyaml stopped.
    static func compose(_ text: String, path: String, code: LocGenError.Code) throws(LocGenError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            throw LocGenError(
                code,
                "invalid YAML: \(problem(of: error))",
                at: location(of: error, in: path),
                underlyingError: error
            )
        }
    }

    /// The position of a node, or the start of the file when Yams has none.
    static func location(of node: Node, in path: String) -> SourceLocation {
        node.mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: path, line: 1, column: 1)
    }

    /// libyaml's problem text ("mapping values are not allowed in this context").
    private static func problem(of error: any Error) -> String {
        guard let yamlError = error as? YamlError else { return "\(error)" }
        switch yamlError {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .reader(let problem, _, _, _):
            return problem
        default:
            return "\(yamlError)"
        }
    }

    /// Where libyaml stopped, or the start of the file.
    private static func location(of error: any Error, in path: String) -> SourceLocation {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return SourceLocation(file: path, line: mark.line, column: mark.column)
            default:
                break
            }
        }
        return SourceLocation(file: path, line: 1, column: 1)
    }
}
