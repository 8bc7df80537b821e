import Yams

/// Reads a YAML catalog, a top-level list of products.
///
/// Not streamed: libyaml through Yams builds the whole document, so memory grows with the file.
/// Large catalogs belong in JSON Lines, CSV or JSON, which are read one product at a time.
struct YAMLSource: ProductRecordSource {
    private let path: String
    private let items: [Node]
    private var index = 0

    /// Reads and parses the whole file; throws ``LocGenError/Code/invalidCatalog`` at libyaml's
    /// position when it is not YAML or not a list.
    init(path: String) throws(LocGenError) {
        let text = try TextFile.text(atPath: path)
        let root = try YAMLComposer.compose(text, path: path, code: .invalidCatalog)
        self.path = path
        guard let root else {
            items = []
            return
        }
        guard let sequence = root.sequence else {
            throw LocGenError(
                .invalidCatalog,
                "a YAML catalog is a list of products (\"- id: p1\"), not \(root.mapping != nil ? "a mapping" : "a single value")",
                at: YAMLComposer.location(of: root, in: path)
            )
        }
        items = Array(sequence)
    }

    mutating func nextRecord() throws(CatalogError) -> CatalogNode? {
        guard index < items.count else { return nil }
        index += 1
        return YAMLSource.node(from: items[index - 1])
    }

    /// A Yams node as a catalog node. Plain scalars that YAML reads as numbers stay their text
    /// (`129.90`, never a Double); quoted scalars are always strings.
    private static func node(from node: Node) -> CatalogNode {
        let position = self.position(of: node)
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: return CatalogNode(value: .null, position: position)
            case .bool: return CatalogNode(value: .bool(node.bool ?? false), position: position)
            case .int, .float: return CatalogNode(value: .number(scalar.string), position: position)
            default: return CatalogNode(value: .string(scalar.string), position: position)
            }
        case .mapping(let mapping):
            let members = mapping.map { key, value in
                CatalogNode.Member(
                    key: key.string ?? "",
                    keyPosition: self.position(of: key),
                    value: self.node(from: value)
                )
            }
            return CatalogNode(value: .object(members), position: position)
        case .sequence(let sequence):
            return CatalogNode(value: .array(sequence.map { self.node(from: $0) }), position: position)
        case .alias:
            return CatalogNode(value: .null, position: position)
        }
    }

    private static func position(of node: Node) -> TextPosition {
        node.mark.map { TextPosition(line: $0.line, column: $0.column) } ?? .start
    }
}
