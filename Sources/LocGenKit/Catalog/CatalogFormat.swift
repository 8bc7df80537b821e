/// The formats a catalog can be written in, chosen by the file's extension.
public enum CatalogFormat: String, Sendable, Equatable, CaseIterable {
    /// `.json`: a top-level array of product objects. Streamed.
    case json
    /// `.jsonl` or `.ndjson`: one product object per line. Streamed; best for large catalogs.
    case jsonLines
    /// `.csv`: a header row, then one product per row (RFC 4180). Streamed.
    case csv
    /// `.yaml` or `.yml`: a top-level list of products. Read whole, not streamed.
    case yaml

    /// The format a file's extension names, case-insensitively; `nil` for any other extension.
    public init?(path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "csv": self = .csv
        case "yaml", "yml": self = .yaml
        default: return nil
        }
    }
}
