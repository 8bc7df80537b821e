import Yams

extension BundleParser {
    /// Turns a Yams error into a `parse-error` at the place libyaml reports, in lower-case words:
    /// "the YAML does not parse: found unexpected end of stream while scanning a quoted scalar
    /// (started at line 3, column 9)".
    func problem(for error: any Error, in input: ParserInput) -> Diagnostic {
        let prefix = "the \(format.name) does not parse: "
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let index = input.sourceIndex(of: mark)
            let location = source.location(of: index, in: path)
            return reporter.problem(.parseError, message(problem, context: context, at: index, in: input), at: location)
        case .reader(let problem, let offset, _, let yaml):
            // Yams counts the offset in characters of the text it was given.
            var index = 0
            if let offset, let position = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) {
                index = input.sourceIndex(of: yaml.unicodeScalars.distance(from: yaml.startIndex, to: position))
            }
            return reporter.problem(.parseError, prefix + problem, at: source.location(of: index, in: path))
        case .memory:
            return reporter.problem(.parseError, prefix + "out of memory", at: source.location(of: 0, in: path))
        default:
            return reporter.problem(.parseError, prefix + "\(error)", at: source.location(of: 0, in: path))
        }
    }

    private func message(_ problem: String, context: YamlError.Context?, at index: Int, in input: ParserInput) -> String
    {
        if problem == "but found another document" {
            return "the file holds more than one \(format.name) document; keep one mapping of messages per file "
                + "and remove the '---' line"
        }
        if problem.hasPrefix("Maximum nesting level") {
            return "the \(format.name) does not parse: it nests more than 1000 levels deep; flatten the keys"
        }
        if problem == "found undefined alias" {
            let name = source.scalars[min(index + 1, source.scalars.count)...].prefix(
                while: ParserInput.isAnchorCharacter
            )
            var text = String.UnicodeScalarView()
            text.append(contentsOf: name)
            let alias = String(text)
            return "the \(format.name) does not parse: the alias '*\(alias)' refers to no anchor; "
                + "define '&\(alias)' before it"
        }
        var message = "the \(format.name) does not parse: \(problem)"
        if let context {
            let start = source.position(of: input.sourceIndex(of: context.mark))
            message += " \(context.text) (started at line \(start.line), column \(start.column))"
        }
        return message
    }
}
