import Yams

/// Checks a YAML document against a key table: wrong types, unknown, missing and duplicate keys, and names
/// outside a fixed set, each reported at its line and column, all of them in one pass.
///
/// A value with a problem is left out of the result, so later checks never report it a second time.
struct ConfigChecker {
    let document: YAMLDocument
    /// The whole key table, for suggesting a key that belongs elsewhere (`base-url` under `site`).
    let table: [ConfigKey]
    private(set) var problems: [LocGenError] = []

    init(document: YAMLDocument, table: [ConfigKey]) {
        self.document = document
        self.table = table
    }

    mutating func report(_ code: LocGenError.Code, _ message: String, at location: SourceLocation) {
        problems.append(LocGenError(code, message, at: location))
    }

    /// Checks the whole document; an empty file counts as an empty mapping.
    mutating func checkRoot() -> ConfigEntry? {
        let start = document.location(line: 1, column: 1)
        guard let root = document.root else {
            reportMissing(table, present: [], path: "", at: start)
            return nil
        }
        return check(root, as: .object(table), key: nil, path: "", anchor: start)
    }

    /// Checks one value; `key` describes it in hints and `anchor` is where a missing key is reported.
    mutating func check(
        _ node: Node,
        as value: ConfigValue,
        key: ConfigKey?,
        path: String,
        anchor: SourceLocation
    ) -> ConfigEntry? {
        let location = document.location(of: node)
        func entry(_ content: ConfigEntry.Content) -> ConfigEntry {
            ConfigEntry(path: path, location: location, content: content)
        }
        let tag = node.tag.description
        let isNull = tag == Tag.Name.null.rawValue
        switch value {
        case .skipped:
            return entry(.skipped)
        case .open:
            if node.mapping != nil || isNull { return entry(.skipped) }
        case .string, .rate, .amount:
            if let scalar = node.scalar, !isNull { return entry(.text(scalar.string)) }
        case .integer(let minimum):
            if tag == Tag.Name.int.rawValue, let number = node.int, number >= minimum { return entry(.integer(number)) }
        case .boolean:
            if tag == Tag.Name.bool.rawValue, let flag = node.bool { return entry(.boolean(flag)) }
        case .choice(let noun, let values):
            if let scalar = node.scalar, !isNull {
                // A plain number matches the value it equals, as it does in an editor checking the schema (0.9 is "0.90").
                let number = DecimalFraction(scalar.string)
                guard
                    let match = values.first(where: {
                        $0 == scalar.string || (number != nil && DecimalFraction($0) == number)
                    })
                else {
                    reportUnknown(noun, scalar.string, known: values, path: path, at: location)
                    return nil
                }
                return entry(.text(match))
            }
        case .list(let item):
            if let sequence = node.sequence { return entry(.list(checkItems(Array(sequence), as: item, path: path))) }
        case .object(let keys):
            if let mapping = node.mapping {
                return entry(.mapping(checkObject(Array(mapping), keys: keys, path: path, anchor: anchor)))
            }
        case .map(let names, let member):
            if let mapping = node.mapping {
                let members = checkMap(Array(mapping), names: names, member: member, path: path)
                if members.isEmpty, mapping.isEmpty, key?.isRequired == true {
                    let hint = example(of: key).map { ", e.g. \($0)" } ?? ""
                    report(.missingKey, "'\(path)' is empty; add at least one\(hint)", at: location)
                }
                return entry(.mapping(members))
            }
        }
        reportWrongType(node, expected: value, key: key, path: path, at: location)
        return nil
    }

    private mutating func checkItems(_ nodes: [Node], as item: ConfigValue, path: String) -> [ConfigEntry] {
        var seen: [String: SourceLocation] = [:]
        var items: [ConfigEntry] = []
        for node in nodes {
            guard let entry = check(node, as: item, key: nil, path: path, anchor: document.location(of: node)) else {
                continue
            }
            if let text = entry.text {
                if let first = seen[text] {
                    report(
                        .invalidConfiguration,
                        "'\(text)' is listed twice \(place(path)) (first at line \(first.line)); remove one",
                        at: entry.location
                    )
                    continue
                }
                seen[text] = entry.location
            }
            items.append(entry)
        }
        return items
    }

    /// Checks a mapping's keys: duplicates, keys that are not names, and names the table does not know.
    /// Returns the named members in file order; `accept` decides whether a name is known.
    private mutating func checkKeys(
        _ pairs: [(key: Node, value: Node)],
        path: String,
        accept: (String, SourceLocation) -> Bool
    ) -> [(name: String, location: SourceLocation, value: Node)] {
        var seen: [String: SourceLocation] = [:]
        var result: [(name: String, location: SourceLocation, value: Node)] = []
        for (key, value) in pairs {
            let location = document.location(of: key)
            guard let name = document.keyName(key), key.tag.description != Tag.Name.merge.rawValue else {
                let found = key.scalar == nil ? describe(key) : "a YAML merge key ('<<')"
                report(
                    .invalidConfiguration,
                    "expected a key name \(place(path)), found \(found); write each key out, or use an "
                        + "alias for a whole value (`pricing: *eu-pricing`)",
                    at: location
                )
                continue
            }
            if let first = seen[name] {
                report(
                    .duplicateKey,
                    "duplicate key '\(name)' \(place(path)); the first is at line \(first.line), column "
                        + "\(first.column), so remove or rename one",
                    at: location
                )
                continue
            }
            seen[name] = location
            if accept(name, location) { result.append((name, location, value)) }
        }
        return result
    }

    private mutating func checkObject(
        _ pairs: [(key: Node, value: Node)],
        keys: [ConfigKey],
        path: String,
        anchor: SourceLocation
    ) -> [ConfigMember] {
        var unknown: [(String, SourceLocation)] = []
        let named = checkKeys(pairs, path: path) { name, location in
            guard keys.contains(where: { $0.name == name }) else {
                unknown.append((name, location))
                return false
            }
            return true
        }
        for (name, location) in unknown { reportUnknownKey(name, known: keys, path: path, at: location) }
        var members: [ConfigMember] = []
        for (name, location, node) in named {
            let key = keys.first { $0.name == name }!
            let childPath = path.isEmpty ? name : "\(path).\(name)"
            if let value = check(node, as: key.value, key: key, path: childPath, anchor: location) {
                members.append(ConfigMember(name: name, keyLocation: location, value: value))
            }
        }
        reportMissing(keys, present: Set(named.map(\.name)), path: path, at: anchor)
        return members
    }

    private mutating func checkMap(
        _ pairs: [(key: Node, value: Node)],
        names: ConfigName,
        member: ConfigKey,
        path: String
    ) -> [ConfigMember] {
        var rejected: [(String, SourceLocation)] = []
        let named = checkKeys(pairs, path: path) { name, location in
            let isAccepted: Bool
            switch names {
            case .pattern(_, _, _, let check): isAccepted = check(name)
            case .choice(_, let values): isAccepted = values.contains(name)
            }
            if !isAccepted { rejected.append((name, location)) }
            return isAccepted
        }
        for (name, location) in rejected {
            switch names {
            case .pattern(_, let noun, let hint, let check):
                let fix = check(name.lowercased()) ? "write it in lower case, '\(name.lowercased())'" : hint
                report(.invalidConfiguration, "\(noun) '\(name)' \(place(path)) is not allowed; \(fix)", at: location)
            case .choice(let noun, let values):
                reportUnknown(noun, name, known: values, path: path, at: location)
            }
        }
        return named.compactMap { name, location, node in
            let value = check(node, as: member.value, key: member, path: "\(path).\(name)", anchor: location)
            return value.map { ConfigMember(name: name, keyLocation: location, value: $0) }
        }
    }
}
