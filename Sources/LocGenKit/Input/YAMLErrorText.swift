import Yams

/// Turns Yams' errors into a lower-case problem and a location, keeping libyaml's line and column.
enum YAMLErrorText {
    /// libyaml's problem text ("mapping values are not allowed in this context").
    static func message(of error: any Error) -> String {
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
    static func location(of error: any Error, in path: String) -> SourceLocation {
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
