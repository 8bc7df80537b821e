import Yams

/// Turns a composed bundle document into messages with dotted ids, finding duplicate keys and
/// values that are not text on the way.
///
/// Nested keys join with dots (`product: {stock_left: …}` is `product.stock_left`), so a key
/// written flat (`"product.stock_left": …`) and the same key written nested are one id and
/// collide. Aliases are followed, but only for a bounded number of nodes, so that an alias bomb
/// (a few lines that expand to billions of nodes) ends in a `parse-error` instead of a hang.
struct BundleFlattener {
    let source: SourceText
    let input: ParserInput
    let path: String
    let format: BundleFormat
    let renamedKeys: [Int: String]
    let reporter: ProblemReporter
    let scanner: ScalarScanner

    var messages: [BundleMessage] = []
    var problems: [Diagnostic] = []
    /// The key location of each id defined so far.
    private var definitions: [String: SourceLocation] = [:]
    private var positionsCache: [Int: (ValuePositions, SourceLocation)] = [:]
    private var visits = 0
    /// How many nodes the flattener visits at most: ten per byte of text, at least 10,000 and at
    /// most 1,000,000.
    let visitLimit: Int

    struct VisitLimitReached: Error {
        var index: Int
    }

    init(parsed: BundleParser.Parsed, source: SourceText, path: String, format: BundleFormat, reporter: ProblemReporter)
    {
        self.source = source
        self.input = parsed.input
        self.path = path
        self.format = format
        self.renamedKeys = parsed.renamedKeys
        self.reporter = reporter
        self.scanner = ScalarScanner(scalars: source.scalars)
        self.visitLimit = min(1_000_000, max(10_000, 10 * source.scalars.count))
    }

    /// Flattens the document's top-level mapping.
    mutating func flatten(_ root: Node?) {
        guard let root else { return }
        if case .scalar(let scalar) = root, scalar.string.isEmpty, scalar.style == .plain { return }
        guard case .mapping(let mapping) = root else {
            let message =
                "the file holds \(describe(root)), not a mapping of keys to messages; write one 'key: message' per line"
            problems.append(reporter.problem(.parseError, message, at: location(of: root)))
            return
        }
        if format == .json
            && contentIndex(of: root).map({ $0 < source.scalars.count && source.scalars[$0] != "{" }) == true
        {
            let message = "invalid JSON: a bundle must be one JSON object, written in '{' and '}'"
            problems.append(reporter.problem(.parseError, message, at: location(of: root)))
        }
        do throws(VisitLimitReached) {
            try flatten(mapping, prefix: "")
        } catch {
            let message =
                "the anchors and aliases in this file expand to more than \(visitLimit) entries; "
                + "write the messages out instead of nesting aliases"
            messages.removeAll()
            problems.append(reporter.problem(.parseError, message, at: source.location(of: error.index, in: path)))
        }
        var seen = Set<Diagnostic>()
        problems = problems.filter { seen.insert($0).inserted }
    }

    private mutating func flatten(_ mapping: Node.Mapping, prefix: String) throws(VisitLimitReached) {
        var seen: [String: (location: SourceLocation, isMapping: Bool)] = [:]
        for (keyNode, value) in try effectivePairs(of: mapping) {
            try countVisit(keyNode)
            guard let key = keyText(of: keyNode) else {
                let message =
                    "a key must be text, but this one is \(describe(keyNode)); write keys as plain words such as 'cart'"
                problems.append(reporter.problem(.parseError, message, at: location(of: keyNode)))
                continue
            }
            if let problem = jsonQuotingProblem(ofKey: keyNode, text: key) { problems.append(problem) }
            let id = prefix.isEmpty ? key : "\(prefix).\(key)"
            let keyLocation = location(of: keyNode)
            let isMapping = if case .mapping = value { true } else { false }
            if let first = seen[key] {
                if first.isMapping && isMapping, case .mapping(let nested) = value {
                    let message = "key '\(id)' is already defined at \(first.location); merge the two into one"
                    problems.append(reporter.problem(.duplicateKey, message, at: keyLocation, key: id))
                    try flatten(nested, prefix: id)
                } else {
                    problems.append(reporter.duplicateKey(id, at: keyLocation, firstDefinedAt: first.location))
                }
                continue
            }
            seen[key] = (keyLocation, isMapping)
            if case .mapping(let nested) = value {
                try flatten(nested, prefix: id)
            } else {
                try addMessage(id, keyLocation: keyLocation, value: value)
            }
        }
    }

    private mutating func addMessage(_ id: String, keyLocation: SourceLocation, value: Node) throws(VisitLimitReached) {
        try countVisit(value)
        guard case .scalar(let scalar) = value else {
            let message =
                "value of '\(id)' is \(describe(value)), not a message; write one text (ICU plural or select "
                + "can vary it)"
            problems.append(reporter.problem(.valueType, message, at: location(of: value), key: id))
            return
        }
        if let problem = typeProblem(of: scalar, id: id, keyLocation: keyLocation) {
            problems.append(problem)
            return
        }
        if let first = definitions[id] {
            problems.append(reporter.duplicateKey(id, at: keyLocation, firstDefinedAt: first))
            return
        }
        definitions[id] = keyLocation
        let (positions, valueLocation) = positions(of: scalar)
        messages.append(
            BundleMessage(
                key: id,
                value: scalar.string,
                keyLocation: keyLocation,
                valueLocation: valueLocation,
                valuePositions: positions
            )
        )
    }

    /// Where each scalar of a text value is in the file; empty positions (every offset at the
    /// value's start) when re-reading the scalar does not give Yams's value.
    private mutating func positions(of scalar: Node.Scalar) -> (ValuePositions, SourceLocation) {
        let start = contentIndex(of: .scalar(scalar)) ?? 0
        if let cached = positionsCache[start] { return cached }
        let expected = Array(scalar.string.unicodeScalars)
        let result: (ValuePositions, SourceLocation)
        if let indexes = scanner.sourceIndexes(of: expected, style: scalar.style, at: start) {
            result = (
                ValuePositions(positions: indexes.map(source.position(of:))), source.location(of: indexes[0], in: path)
            )
        } else {
            result = (ValuePositions(positions: []), source.location(of: start, in: path))
        }
        positionsCache[start] = result
        return result
    }

    mutating func countVisit(_ node: Node) throws(VisitLimitReached) {
        visits += 1
        if visits > visitLimit { throw VisitLimitReached(index: contentIndex(of: node) ?? 0) }
    }

    /// The file index where a node's content starts.
    func contentIndex(of node: Node) -> Int? {
        node.mark.map { scanner.contentStart(from: input.sourceIndex(of: $0)) }
    }

    func location(of node: Node) -> SourceLocation {
        source.location(of: contentIndex(of: node) ?? 0, in: path)
    }

    /// A key's text, with the real text of keys the parser renamed; `nil` for lists and mappings.
    func keyText(of key: Node) -> String? {
        guard case .scalar(let scalar) = key else { return nil }
        if let index = contentIndex(of: key), let renamed = renamedKeys[index] { return renamed }
        return scalar.string
    }
}
