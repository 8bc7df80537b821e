import Yams

/// What libyaml said about a document it could not read, taken out of Yams's error in one place so that
/// every reader of YAML (locgen.yaml, bundles, rates, YAML catalogs) words it the same way:
///
/// ```text
/// invalid YAML: mapping values are not allowed in this context (while parsing a block mapping from line 2, column 3); quote a value that contains ': ', or check the indentation
/// ```
struct YAMLSyntaxError: Error {
    /// libyaml's words ("mapping values are not allowed in this context").
    var problem: String
    /// Where libyaml stopped, in the text Yams was given; `nil` when Yams gives no place.
    var mark: Mark?
    /// What was open when it stopped ("while parsing a flow mapping") and where that began.
    var context: (text: String, mark: Mark)?
    /// For a character libyaml cannot read: its offset in Unicode scalars of the text Yams was given.
    var scalarOffset: Int?
    /// The keys a mapping sets twice, when that is the problem.
    var duplicateKeys: [String] = []

    /// Reads any error Yams threw.
    init(_ error: any Error) {
        guard let error = error as? YamlError else {
            problem = "\(error)"
            return
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            self.problem = problem
            self.mark = mark
            if let context, !context.text.isEmpty { self.context = (context.text, context.mark) }
        case .reader(let problem, let offset, _, let yaml):
            self.problem = problem
            // Yams counts this offset in Characters of the text; locations count Unicode scalars.
            let characters = min(max(offset ?? 0, 0), yaml.count)
            let index = yaml.index(yaml.startIndex, offsetBy: characters)
            scalarOffset = yaml.unicodeScalars.distance(from: yaml.unicodeScalars.startIndex, to: index)
        case .duplicatedKeysInMapping(let duplicates, let context):
            problem = "duplicated mapping key"
            mark = context.mark
            duplicateKeys = duplicates
        case .memory:
            problem = "out of memory"
        default:
            problem = "\(error)"
        }
    }

    /// "invalid YAML: <problem> (<context> from line L, column C)<hint>", `format` naming the language
    /// (`YAML`, or `JSON` for a JSON bundle Yams reads). `position` turns a mark into the line and column
    /// to show, for readers that handed Yams a rewritten text; `lineText` gives a line of the original text
    /// for the hints that look at it.
    func message(
        format: String = "YAML",
        position: (Mark) -> (line: Int, column: Int) = { ($0.line, $0.column) },
        lineText: (Int) -> String = { _ in "" }
    ) -> String {
        if !duplicateKeys.isEmpty {
            let keys = duplicateKeys.map { "'\($0)'" }.joined(separator: ", ")
            return "\(keys) is set more than once in the same mapping; keep one"
        }
        if problem.contains("another document") {
            return "invalid \(format): the file holds more than one document; keep one and remove the extra '---' line"
        }
        if problem.hasPrefix("Maximum nesting level") {
            return "invalid \(format): it nests more than 1000 levels deep; flatten it"
        }
        var message = "invalid \(format): \(problem)"
        if let context {
            let start = position(context.mark)
            message += " (\(context.text) from line \(start.line), column \(start.column))"
        }
        return message + hint(position: position, lineText: lineText)
    }

    /// A fix for the common slips behind libyaml's words, starting with "; ", or "".
    private func hint(position: (Mark) -> (line: Int, column: Int), lineText: (Int) -> String) -> String {
        if scalarOffset != nil {
            return "; remove the character or write it as an escape in a double-quoted string"
        }
        if let mark {
            let place = position(mark)
            let line = lineText(place.line)
            let scalars = Array(line.unicodeScalars)
            let character = place.column >= 1 && place.column <= scalars.count ? scalars[place.column - 1] : nil
            if character == "\t" || (problem.contains("cannot start any token") && line.hasPrefix("\t")) {
                return "; YAML does not allow tabs for indentation, so indent with spaces"
            }
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

extension YAMLSyntaxError {
    /// The lines of `text`, for ``message(format:position:lineText:)``'s hints.
    static func lines(of text: String) -> (Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return { number in number >= 1 && number <= lines.count ? String(lines[number - 1]) : "" }
    }
}

extension YAMLSyntaxError {
    /// Where the problem is in `file`, whose text Yams was given as it is.
    func location(file: String, text: String) -> SourceLocation {
        if let scalarOffset {
            let snippet = SourceSnippet(text: text, scalarOffset: scalarOffset)
            return SourceLocation(file: file, line: snippet.lineNumber, column: snippet.column)
        }
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The problem as a located ``LocGenError`` with `code`, for a file whose text Yams was given as it is.
    func error(_ code: LocGenError.Code, file: String, text: String) -> LocGenError {
        LocGenError(code, message(lineText: Self.lines(of: text)), at: location(file: file, text: text))
    }
}
