import Yams

extension ConfigChecker {
    /// "expected a list for 'markets.us.search-engines', found the string 'google'; e.g. `search-engines: …`".
    mutating func reportWrongType(
        _ node: Node,
        expected: ConfigValue,
        key: ConfigKey?,
        path: String,
        at location: SourceLocation
    ) {
        guard !path.isEmpty else {
            report(
                .invalidConfiguration,
                "expected a mapping of settings at the top level, found \(describe(node)); start with `site:`",
                at: location
            )
            return
        }
        report(
            .invalidConfiguration,
            "expected \(expected.expectation) for '\(path)', found \(describe(node))"
                + (example(of: key).map { "; e.g. \($0)" } ?? ""),
            at: location
        )
    }

    /// "unknown search engine 'gogle' in 'markets.us.search-engines'; did you mean 'google'?"
    mutating func reportUnknown(
        _ noun: String,
        _ name: String,
        known: [String],
        path: String,
        at location: SourceLocation
    ) {
        let fix =
            NameSuggestion.closest(to: name, in: known).map { "did you mean '\($0)'?" }
            ?? "use one of: \(known.joined(separator: ", "))"
        report(.invalidConfiguration, "unknown \(noun) '\(name)' \(place(path)); \(fix)", at: location)
    }

    /// "unknown key 'curency' in 'markets.us'; did you mean 'currency'?", looking at the keys of this
    /// mapping and their aliases first, then at keys elsewhere in the file (`baseURL` → `site.base-url`).
    mutating func reportUnknownKey(_ name: String, known keys: [ConfigKey], path: String, at location: SourceLocation) {
        let candidates = keys.flatMap { key in ([key.name] + key.aliases).map { (spelling: $0, key: key.name) } }
        var fix: String
        if let match = NameSuggestion.closest(to: name, in: candidates.map(\.spelling)),
            let key = candidates.first(where: { $0.spelling == match })?.key
        {
            fix = "did you mean '\(key)'?"
        } else if let elsewhere = Self.keyElsewhere(named: name, in: table) {
            fix = "did you mean '\(elsewhere)'?"
        } else {
            fix = "the keys here are: \(keys.map(\.name).joined(separator: ", "))"
        }
        report(.unknownKey, "unknown key '\(name)' \(place(path)); \(fix)", at: location)
    }

    /// Reports each required key that is not among `present`, at the key that names the mapping.
    mutating func reportMissing(_ keys: [ConfigKey], present: Set<String>, path: String, at location: SourceLocation) {
        for key in keys where key.isRequired && !present.contains(key.name) {
            let hint = example(of: key).map { ", e.g. \($0)" } ?? ""
            report(.missingKey, "missing key '\(key.name)' \(place(path)); add it\(hint)", at: location)
        }
    }

    /// "in 'markets.us'", or "at the top level".
    func place(_ path: String) -> String {
        path.isEmpty ? "at the top level" : "in '\(path)'"
    }

    /// "`currency: USD`", or nil when the key has no example.
    func example(of key: ConfigKey?) -> String? {
        guard let key, let example = key.example else { return nil }
        return key.name == ConfigKey.memberPlaceholder ? "`\(example)`" : "`\(key.name): \(example)`"
    }

    /// How a node looks to the user: "a list", "the string 'google'", "the number 12", "nothing".
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            let tag = node.tag.description
            if tag == Tag.Name.null.rawValue { return "nothing" }
            if tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue { return "the number \(scalar.string)" }
            if tag == Tag.Name.bool.rawValue { return "'\(scalar.string)'" }
            let text = scalar.string.count > 40 ? scalar.string.prefix(40) + "…" : Substring(scalar.string)
            return "the string '\(text)'"
        }
    }

    /// The dotted path of a key anywhere in the table whose name or alias is close to `name`
    /// (`baseURL` → `site.base-url`); a market's keys read `markets.<id>.locale`.
    static func keyElsewhere(named name: String, in table: [ConfigKey]) -> String? {
        var candidates: [(spelling: String, path: String)] = []
        func collect(_ keys: [ConfigKey], under prefix: String) {
            for key in keys {
                let isMember = key.name == ConfigKey.memberPlaceholder
                let path = isMember ? "\(prefix).<id>" : prefix.isEmpty ? key.name : "\(prefix).\(key.name)"
                if !isMember { candidates += ([key.name] + key.aliases).map { ($0, path) } }
                collect(key.value.childKeys, under: path)
            }
        }
        collect(table, under: "")
        guard let match = NameSuggestion.closest(to: name, in: candidates.map(\.spelling)) else { return nil }
        return candidates.first { $0.spelling == match }?.path
    }
}
