import Yams

/// Parsing a YAML file with Yams, with libyaml's errors turned into a ``LocGenError`` at
/// libyaml's line and column.
enum YAMLComposer {
    /// The root node of `text`, `nil` for an empty document; throws `code` with
    /// "invalid YAML: <libyaml's problem>" where libyaml stopped (``YAMLSyntaxError``).
    static func compose(_ text: String, path: String, code: LocGenError.Code) throws(LocGenError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            var located = YAMLSyntaxError(error).error(code, file: path, text: text)
            located.underlyingError = error
            throw located
        }
    }

    /// The position of a node, or the start of the file when Yams has none.
    static func location(of node: Node, in path: String) -> SourceLocation {
        node.mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: path, line: 1, column: 1)
    }
}
