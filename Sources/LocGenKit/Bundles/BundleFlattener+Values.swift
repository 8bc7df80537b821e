import Yams

extension BundleFlattener {
    /// The mapping's own pairs in order, then the pairs its merge keys (`<<: *defaults`) bring in
    /// that it does not set itself, as YAML 1.1's merge key type defines.
    mutating func effectivePairs(of mapping: Node.Mapping) throws(VisitLimitReached) -> [(Node, Node)] {
        var own: [(Node, Node)] = []
        var merged: [Node.Mapping] = []
        for (key, value) in mapping {
            guard isMergeKey(key) else {
                own.append((key, value))
                continue
            }
            switch value {
            case .mapping(let source):
                merged.append(source)
            case .sequence(let sequence) where sequence.allSatisfy({ $0.mapping != nil }):
                merged += sequence.compactMap(\.mapping)
            default:
                let message = "the merge key '<<' needs a mapping or an alias of one, such as '<<: *defaults'"
                problems.append(reporter.problem(.valueType, message, at: location(of: value)))
            }
        }
        guard !merged.isEmpty else { return own }
        var taken = Set(own.compactMap { keyText(of: $0.0) })
        var pairs = own
        for source in merged {
            for (key, value) in try effectivePairs(of: source) {
                try countVisit(key)
                guard let text = keyText(of: key), taken.insert(text).inserted else { continue }
                pairs.append((key, value))
            }
        }
        return pairs
    }

    private func isMergeKey(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.string == "<<", scalar.style == .plain else { return false }
        // Yams's duplicate-key check resolves key tags in place (to `str`, with the basic resolver).
        let tag = Tag.Name(rawValue: scalar.tag.rawValue)
        return tag == .implicit || tag == .str || tag == .merge
    }

    /// What kind of value a scalar is, by its tag or, for a plain scalar, by YAML 1.1's rules:
    /// `3` is a number, `yes` a boolean, `~` null, unless quoted.
    enum ValueKind: Equatable {
        case text, number, boolean, null, date
        case tagged(String)
    }

    func kind(of scalar: Node.Scalar) -> ValueKind {
        let explicit = Tag.Name(rawValue: scalar.tag.rawValue)
        if explicit != .implicit && explicit != .str && explicit != .nonSpecific {
            let name = explicit.rawValue
            let yamlPrefix = "tag:yaml.org,2002:"
            return .tagged(name.hasPrefix(yamlPrefix) ? "!!" + name.dropFirst(yamlPrefix.count) : name)
        }
        switch Resolver.default.resolveTag(of: .scalar(scalar)) {
        case .int, .float: return .number
        case .bool: return .boolean
        case .null: return .null
        case .timestamp: return .date
        default: return .text
        }
    }

    /// Why a scalar value cannot be a message: not text, or in JSON not a double-quoted string.
    func typeProblem(of scalar: Node.Scalar, id: String, keyLocation: SourceLocation) -> Diagnostic? {
        let text = scalar.string
        let kind = kind(of: scalar)
        let valueLocation = location(of: .scalar(scalar))
        if format == .json && kind == .text && scalar.style != .doubleQuoted {
            let message =
                scalar.style == .plain
                ? "invalid JSON: \(text) is not a JSON value; put text in double quotes: \"\(text)\""
                : "invalid JSON: JSON strings are written in double quotes, not single quotes"
            return reporter.problem(.parseError, message, at: valueLocation, key: id)
        }
        let description: String
        switch kind {
        case .text:
            return nil
        case .null:
            let message = "value of '\(id)' is empty (null); write \"\" for an empty message"
            return reporter.problem(.valueType, message, at: text.isEmpty ? keyLocation : valueLocation, key: id)
        case .tagged(let tag):
            let message = "value of '\(id)' has the tag \(tag), so it is not a message; remove the tag"
            return reporter.problem(.valueType, message, at: valueLocation, key: id)
        case .number: description = "the number"
        case .boolean: description = "the boolean"
        case .date: description = "the date"
        }
        let message = "value of '\(id)' is \(description) \(text), not a message; quote it: \"\(text)\""
        return reporter.problem(.valueType, message, at: valueLocation, key: id)
    }

    /// A JSON key that is not a double-quoted string.
    func jsonQuotingProblem(ofKey key: Node, text: String) -> Diagnostic? {
        guard format == .json, case .scalar(let scalar) = key, scalar.style != .doubleQuoted else { return nil }
        let message = "invalid JSON: keys are written in double quotes: \"\(text)\""
        return reporter.problem(.parseError, message, at: location(of: key))
    }

    /// A short description of a node for messages: "a list", "a mapping", "the text 'x'".
    func describe(_ node: Node) -> String {
        switch node {
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .scalar(let scalar): "the text '\(scalar.string)'"
        case .alias: "an alias"
        }
    }
}
