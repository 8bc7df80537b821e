/// Reads a CSV catalog: a header row naming the columns, then one product per row.
///
/// Columns: `id`, `slug`, `price`, `stock`, `category`, `created`, `updated`, `images` and
/// `related` (both `;`-separated), per-locale fields as `name.en` or `slug.de` (a plain `name`
/// column is the untagged text), market overrides as `markets.cn.price`, and any other plain
/// column as an attribute. An empty cell means the field is not given.
struct CSVSource: ProductRecordSource {
    /// What a header cell names.
    private enum Column {
        case field(String)
        case localized(field: String, locale: String)
        case market(id: String, field: String)
    }

    private var rows: CSVRowReader
    private let path: String
    private var columns: [Column] = []
    private var header: [CSVRowReader.Field] = []

    /// Columns whose cells hold `;`-separated lists.
    private static let listColumns: Set<String> = ["images", "related"]

    init(input: FileBytes) {
        self.rows = CSVRowReader(input: input)
        self.path = input.path
    }

    mutating func nextRecord() throws(CatalogError) -> CatalogNode? {
        if header.isEmpty { try readHeader() }
        while let row = try rows.nextRow() {
            if let problem = row.problem {
                throw CatalogError(
                    .invalidCatalog,
                    problem.message,
                    at: problem.position.location(in: path),
                    isFatal: false
                )
            }
            if row.isBlank { continue }
            guard row.fields.count == columns.count else {
                throw CatalogError(
                    .invalidCatalog,
                    "invalid CSV: the row has \(row.fields.count) fields but the header has \(columns.count); quote fields that contain ','",
                    at: row.position.location(in: path),
                    isFatal: false
                )
            }
            return node(for: row)
        }
        return nil
    }

    private mutating func readHeader() throws(CatalogError) {
        var first: CSVRowReader.Row?
        while let row = try rows.nextRow() {
            if !row.isBlank || row.problem != nil {
                first = row
                break
            }
        }
        guard let row = first else { return }
        if let problem = row.problem {
            throw CatalogError(.invalidCatalog, problem.message, at: problem.position.location(in: path), isFatal: true)
        }
        var seen: Set<String> = []
        for cell in row.fields {
            let name = cell.text.trimmingBlanks
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let column: Column
            switch parts.count {
            case 1 where !name.isEmpty: column = .field(name)
            case 2 where !parts[0].isEmpty && parts[0] != "markets":
                column = .localized(field: parts[0], locale: parts[1])
            case 3 where parts[0] == "markets" && !parts[1].isEmpty && !parts[2].isEmpty:
                column = .market(id: parts[1], field: parts[2])
            default:
                let problem =
                    name.isEmpty
                    ? "a column has no name"
                    : "column '\(name)' is not a field, field.locale or markets.<market>.<field>"
                throw CatalogError(
                    .invalidCatalog,
                    "invalid CSV header: \(problem)",
                    at: cell.position.location(in: path),
                    isFatal: true
                )
            }
            guard seen.insert(name).inserted else {
                throw CatalogError(
                    .invalidCatalog,
                    "invalid CSV header: column '\(name)' appears twice",
                    at: cell.position.location(in: path),
                    isFatal: true
                )
            }
            columns.append(column)
        }
        guard seen.contains("id") else {
            throw CatalogError(
                .invalidCatalog,
                "invalid CSV header: there is no 'id' column",
                at: row.position.location(in: path),
                isFatal: true
            )
        }
        header = row.fields
    }

    /// The row as an object: plain and per-locale columns of one field merge into a locale map
    /// (the plain one under `""`), `markets.*.*` into a map of maps, list columns into lists.
    private func node(for row: CSVRowReader.Row) -> CatalogNode {
        var members: [CatalogNode.Member] = []
        var slots: [String: Int] = [:]
        func slot(_ key: String, at position: TextPosition) -> Int {
            if let index = slots[key] { return index }
            members.append(
                CatalogNode.Member(
                    key: key,
                    keyPosition: position,
                    value: CatalogNode(value: .object([]), position: position)
                )
            )
            slots[key] = members.count - 1
            return members.count - 1
        }
        for (column, cell) in zip(columns, row.fields) where !cell.text.isEmpty {
            let value = CatalogNode(value: .string(cell.text), position: cell.position)
            switch column {
            case .field(let name) where CSVSource.listColumns.contains(name):
                members.append(CatalogNode.Member(key: name, keyPosition: cell.position, value: list(cell)))
            case .field(let name):
                if let index = slots[name] {
                    members[index].value.insert(key: "", value)
                } else {
                    members.append(CatalogNode.Member(key: name, keyPosition: cell.position, value: value))
                    slots[name] = members.count - 1
                }
            case .localized(let field, let locale):
                let index = slot(field, at: cell.position)
                members[index].value.insert(key: locale, value)
            case .market(let id, let field):
                let index = slot("markets", at: cell.position)
                members[index].value.insert(
                    key: id,
                    CatalogNode(value: .object([]), position: cell.position),
                    merging: true
                )
                members[index].value.insert(path: id, key: field, value)
            }
        }
        return CatalogNode(value: .object(members), position: row.position)
    }

    /// A `;`-separated cell as a list of trimmed, non-empty strings.
    private func list(_ cell: CSVRowReader.Field) -> CatalogNode {
        let items = cell.text.split(separator: ";").map { String($0).trimmingBlanks }.filter { !$0.isEmpty }
        return CatalogNode(
            value: .array(items.map { CatalogNode(value: .string($0), position: cell.position) }),
            position: cell.position
        )
    }
}

extension CatalogNode {
    /// Adds a field to an object; a string becomes a locale map with itself under `""` first.
    fileprivate mutating func insert(key: String, _ node: CatalogNode, merging: Bool = false) {
        var members: [Member]
        switch value {
        case .object(let existing): members = existing
        default: members = [Member(key: "", keyPosition: position, value: self)]
        }
        if merging, members.contains(where: { $0.key == key }) { return }
        members.append(Member(key: key, keyPosition: node.position, value: node))
        value = .object(members)
    }

    /// Adds a field to the object under `path` in this object.
    fileprivate mutating func insert(path: String, key: String, _ node: CatalogNode) {
        guard case .object(var members) = value, let index = members.firstIndex(where: { $0.key == path }) else {
            return
        }
        members[index].value.insert(key: key, node)
        value = .object(members)
    }
}
