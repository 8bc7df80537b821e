import Yams

extension ConfigurationReader {
    /// A setting: its name, the node of the name (for positions) and its value.
    struct Entry {
        var name: String
        var key: Node
        var value: Node
    }

    /// How `locgen.yaml` spells a check's severity.
    enum Level: String, CaseIterable {
        case error, warning, off

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .off: nil
            }
        }
    }

    /// The settings of a mapping in file order; an empty value (`validate:`) has none. A value that
    /// is not a mapping, or a name that is not text, is reported.
    mutating func entries(of node: Node, in section: String, expecting expected: String) -> [Entry] {
        guard !Self.isNull(node) else { return [] }
        guard let mapping = node.mapping else {
            report("expected settings under '\(section)' (\(expected)), not \(Self.describe(node))", at: node)
            return []
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report("expected a name in '\(section)', not \(Self.describe(key))", at: key)
                continue
            }
            entries.append(Entry(name: name, key: key, value: value))
        }
        return entries
    }

    /// Check ids with their severities; `off` is kept as `nil`, which turns the check off.
    mutating func severities(_ node: Node, in section: String) -> [Check.ID: Severity?] {
        var severities: [Check.ID: Severity?] = [:]
        let ids = Check.all.map(\.id.rawValue)
        for entry in entries(of: node, in: section, expecting: "check ids such as 'untranslated: off'") {
            guard let check = Check.named(entry.name) else {
                let hint = NameSuggestion.closest(to: entry.name, in: ids).map { "did you mean '\($0)'?" }
                report("unknown check '\(entry.name)'; \(hint ?? "see 'locgen validate --list-checks'")", at: entry.key)
                continue
            }
            guard let word = entry.value.scalar?.string, let level = Level(rawValue: word) else {
                let value = Self.describe(entry.value)
                let hint =
                    entry.value.scalar.flatMap {
                        (NameSuggestion.closest(to: $0.string, in: Level.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? "")
                    } ?? ""
                report(
                    "expected 'error', 'warning' or 'off' for check '\(entry.name)', not \(value)\(hint)",
                    at: entry.value
                )
                continue
            }
            // updateValue, because assigning nil through the subscript would remove the entry.
            severities.updateValue(level.severity, forKey: check.id)
        }
        return severities
    }

    /// `validate.keys`: key patterns, each with check severities, in file order.
    mutating func keyRules(_ node: Node) -> [ValidationOptions.KeyRule] {
        var rules: [ValidationOptions.KeyRule] = []
        let expected = "key patterns with checks, such as '\"brand.*\": {untranslated: off}'"
        for entry in entries(of: node, in: "validate.keys", expecting: expected) {
            guard let pattern = keyPattern(entry.name, at: entry.key) else { continue }
            let severities = severities(entry.value, in: "validate.keys.\(entry.name)")
            rules.append(ValidationOptions.KeyRule(pattern: pattern, checkSeverities: severities))
        }
        return rules
    }

    /// A dotted key pattern with no empty segment.
    mutating func keyPattern(_ text: String, at node: Node) -> KeyPattern? {
        guard !text.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            report(
                "invalid key pattern '\(text)': a segment is empty; write patterns such as 'brand.*' or '**.title'",
                at: node
            )
            return nil
        }
        return KeyPattern(text)
    }

    /// A list of texts with their nodes; an empty value is an empty list.
    mutating func texts(_ node: Node, in setting: String) -> [(text: String, node: Node)] {
        guard !Self.isNull(node) else { return [] }
        guard let sequence = node.sequence else {
            report(
                "expected a list of texts for '\(setting)', such as [\"OK\", \"PayPal\"], not \(Self.describe(node))",
                at: node
            )
            return []
        }
        var texts: [(text: String, node: Node)] = []
        for item in sequence {
            guard let text = item.scalar?.string else {
                report("expected a text in '\(setting)', not \(Self.describe(item))", at: item)
                continue
            }
            texts.append((text, item))
        }
        return texts
    }

    /// A width in display cells: a whole number above zero.
    mutating func width(_ entry: Entry) -> Int? {
        guard let text = entry.value.scalar?.string, let width = Int(text), width > 0 else {
            report(
                "expected a whole number above 0 for '\(entry.name)', not \(Self.describe(entry.value))",
                at: entry.value
            )
            return nil
        }
        return width
    }

    /// Whether a value is YAML's null: nothing, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a value is named in a message: `'text'`, `a list`, `a mapping`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): isNull(node) ? "nothing" : "'\(scalar.string)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
