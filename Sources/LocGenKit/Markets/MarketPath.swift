/// The rules for a URL path in `locgen.yaml`: a market's `path` and base-url's path prefix.
///
/// Paths become folders in the output, so besides being valid URL paths they must never climb out of the
/// output folder (`/../`) or hide a query.
enum MarketPath {
    /// The ECMA-262 pattern the schema gives for a market's `path`; ``problem(with:)`` checks the same rule.
    static let pattern = #"^/(?:(?!\.\.?/)[^/?#%\\\s]+/)*$"#

    /// What is wrong with a path, as the end of a sentence ("must end with '/'"), or nil when it is fine.
    static func problem(with path: String) -> String? {
        guard path.hasPrefix("/") else { return "must start with '/', e.g. '/\(path)'" }
        guard path.hasSuffix("/") else { return "must end with '/', e.g. '\(path)/'" }
        if path.contains("//") { return "has an empty segment ('//'); remove the extra '/'" }
        for character in ["?", "#"] where path.contains(character) {
            return "contains '\(character)', which would end the path; remove it"
        }
        if path.contains("\\") { return "contains '\\'; separate segments with '/'" }
        if path.contains("%") {
            return "contains '%'; write the path unencoded (locgen percent-encodes links itself)"
        }
        if path.unicodeScalars.contains(where: {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }) {
            return "contains a space or control character; use '-' between words"
        }
        let segments = path.split(separator: "/")
        if segments.contains(where: { $0 == "." || $0 == ".." }) {
            return "contains a '.' or '..' segment; write the path without them"
        }
        return nil
    }
}
