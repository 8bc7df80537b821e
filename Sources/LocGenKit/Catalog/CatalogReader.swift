/// Reads a product catalog one product at a time, checking each as it goes.
///
/// JSON, JSON Lines and CSV catalogs are streamed: the reader holds one 64 KiB chunk of the file
/// and one product, plus the ids seen so far (to find duplicates), however many products there
/// are. YAML catalogs are read whole; prefer JSON Lines for large catalogs.
///
/// ```swift
/// var reader = try CatalogReader(path: "data/products.jsonl")
/// var problems: [CatalogError] = []
/// while true {
///     do {
///         guard let product = try reader.next() else { break }
///         render(product)
///     } catch {
///         problems.append(error)   // a bad product; the next call goes on after it
///     }
/// }
/// ```
///
/// ``next()`` throws a ``CatalogError`` for each bad product, naming every problem in it with its
/// line and column, and can be called again to continue, so one run reports every bad product.
/// After a fatal error (``CatalogError/isFatal``) it returns `nil`. Copies of a reader share one
/// position in the file.
public struct CatalogReader {
    /// The catalog's path as given.
    public let path: String
    /// The format, from the extension unless given.
    public let format: CatalogFormat

    private let state: State

    /// The reader's moving parts, in a class because they own the open file; see the type's notes.
    private final class State {
        var source: any ProductRecordSource
        /// Every id read so far and the line it was first used on.
        var seenIDs: [String: Int] = [:]
        var isFinished = false

        init(source: any ProductRecordSource) {
            self.source = source
        }
    }

    /// Opens a catalog, choosing the format by extension (`.json`, `.jsonl`/`.ndjson`, `.csv`,
    /// `.yaml`/`.yml`) unless `format` is given.
    ///
    /// Throws ``LocGenError/Code/unreadableFile`` when the file cannot be opened,
    /// ``LocGenError/Code/invalidCatalog`` for an unknown extension, and for a YAML catalog that
    /// does not parse (YAML is read whole here).
    public init(path: String, format: CatalogFormat? = nil) throws(LocGenError) {
        guard let format = format ?? CatalogFormat(path: path) else {
            throw LocGenError(
                .invalidCatalog,
                "cannot tell the format of the catalog '\(path)'; name it .json, .jsonl, .csv or .yaml"
            )
        }
        let source: any ProductRecordSource
        switch format {
        case .json: source = JSONArraySource(input: try FileBytes(path: path))
        case .jsonLines: source = JSONLinesSource(input: try FileBytes(path: path))
        case .csv: source = CSVSource(input: try FileBytes(path: path))
        case .yaml: source = try YAMLSource(path: path)
        }
        self.path = path
        self.format = format
        self.state = State(source: source)
    }

    /// The next valid product, or `nil` at the end of the catalog or after a fatal error.
    ///
    /// Throws a ``CatalogError`` for a product that is malformed, invalid or has an id used
    /// before; call again to go on with the next product.
    public mutating func next() throws(CatalogError) -> Product? {
        guard let record = try nextRecord() else { return nil }
        var decoder = ProductDecoder(path: path, record: record)
        let product = decoder.decode()
        var problems = decoder.problems
        if let (id, position) = decoder.id {
            if let firstLine = state.seenIDs[id] {
                problems.append(
                    LocGenError(
                        .duplicateProduct,
                        "duplicate product id '\(id)'; the first product with it is at line \(firstLine)",
                        at: position.location(in: path)
                    )
                )
            } else {
                state.seenIDs[id] = record.position.line
            }
        }
        guard problems.isEmpty, let product else {
            // Every problem has a location in this file; report them in file order.
            let ordered = problems.sorted { lhs, rhs in
                guard let left = lhs.location, let right = rhs.location else { return false }
                return left < right
            }
            throw CatalogError(problems: ordered, isFatal: false, productID: decoder.id?.text)
        }
        return product
    }

    /// The next record as the file has it, neither decoded nor checked, or `nil` at the end of the catalog or
    /// after a fatal error; throws what ``next()`` throws for a record that does not parse.
    ///
    /// For a pass that reads a field or two of every product and decodes only a few (``product(from:)``). With
    /// a `key`, a record that cannot have a member so named may be skipped unread (JSON Lines skips it).
    mutating func nextRecord(mayHaving key: String? = nil) throws(CatalogError) -> CatalogNode? {
        try nextRecord(skipping: key.map(RecordSkip.recordsWithoutMember) ?? .nothing)
    }

    /// ``nextRecord(mayHaving:)``, but a record none of whose string or number values can be one of `texts` may
    /// be skipped unread (JSON Lines skips it): for a pass that looks for a few products by id.
    mutating func nextRecord(mayHavingValueIn texts: RecordValueFilter) throws(CatalogError) -> CatalogNode? {
        try nextRecord(skipping: .recordsWithoutValueIn(texts))
    }

    /// What a source may skip unread.
    private enum RecordSkip {
        case nothing
        case recordsWithoutMember(String)
        case recordsWithoutValueIn(RecordValueFilter)
    }

    private mutating func nextRecord(skipping skip: RecordSkip) throws(CatalogError) -> CatalogNode? {
        guard !state.isFinished else { return nil }
        do {
            let next: CatalogNode?
            switch skip {
            case .nothing: next = try state.source.nextRecord()
            case .recordsWithoutMember(let key): next = try state.source.nextRecord(mayHaving: key)
            case .recordsWithoutValueIn(let texts): next = try state.source.nextRecord(mayHavingValueIn: texts)
            }
            guard let record = next else {
                state.isFinished = true
                return nil
            }
            return record
        } catch {
            if error.isFatal { state.isFinished = true }
            throw error
        }
    }

    /// The product a record from ``nextRecord()`` holds, or `nil` when it has any problem (which ``next()``
    /// reports); its id is not checked against the others.
    func product(from record: CatalogNode) -> Product? {
        var decoder = ProductDecoder(path: path, record: record)
        let product = decoder.decode()
        return decoder.problems.isEmpty ? product : nil
    }
}
