import Yams

extension BundleParser {
    /// Turns a Yams error into a `parse-error` at the place libyaml reports, worded by ``YAMLSyntaxError``:
    /// "invalid YAML: found unexpected end of stream (while scanning a quoted scalar from line 3,
    /// column 9)".
    func problem(for error: any Error, in input: ParserInput) -> Diagnostic {
        let syntax = YAMLSyntaxError(error)
        // Yams read the parser's rewritten text: marks and offsets are mapped back to the file's own.
        let index: Int
        if let offset = syntax.scalarOffset {
            index = input.sourceIndex(of: offset)
        } else if let mark = syntax.mark {
            index = input.sourceIndex(of: mark)
        } else {
            index = 0
        }
        var message = syntax.message(
            format: format.name,
            position: { mark in
                let position = source.position(of: input.sourceIndex(of: mark))
                return (Int(position.line), Int(position.column))
            },
            lineText: { number in source.line(number) }
        )
        if syntax.problem == "found undefined alias" {
            let name = source.scalars[min(index + 1, source.scalars.count)...].prefix(
                while: ParserInput.isAnchorCharacter
            )
            var text = String.UnicodeScalarView()
            text.append(contentsOf: name)
            let alias = String(text)
            message = "invalid \(format.name): the alias '*\(alias)' refers to no anchor; define '&\(alias)' before it"
        }
        return reporter.problem(.parseError, message, at: source.location(of: index, in: path))
    }
}
