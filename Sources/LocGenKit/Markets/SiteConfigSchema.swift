import Yams

/// The JSON Schema (draft 2020-12) of `locgen.yaml`, for editors to complete, document and check the file.
///
/// It is written from the same key table the loader checks files against, so every key the loader accepts
/// is in the schema with its description, and every key the loader rejects is rejected by
/// `additionalProperties: false`.
public enum SiteConfigSchema {
    /// The schema as pretty-printed JSON; identical for every run.
    public static var json: String { document.rendered }

    static var document: JSONText {
        var members: [(String, JSONText)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("title", .string("locgen.yaml")),
            (
                "description",
                .string(
                    "The configuration of a locgen site: its URL, source locale, base currency, catalog and the "
                        + "markets it sells in. See docs/CONFIGURATION.md."
                )
            ),
        ]
        members += shape(of: .object(ConfigKey.siteConfig), key: nil)
        return .object(members)
    }

    /// The schema of one key: its description, its shape, its default and an example.
    static func schema(of key: ConfigKey) -> JSONText {
        var description = key.summary
        if let note = key.defaultNote ?? key.defaultValue { description += " Default: \(note)." }
        var members: [(String, JSONText)] = [("description", .string(description))]
        members += shape(of: key.value, key: key)
        if let defaultValue = key.defaultValue { members.append(("default", json(fromYAML: defaultValue))) }
        if let example = key.example { members.append(("examples", .array([json(fromYAML: example)]))) }
        return .object(members)
    }

    private static func shape(of value: ConfigValue, key: ConfigKey?) -> [(String, JSONText)] {
        switch value {
        case .string(let pattern):
            return [("type", .string("string"))] + (pattern.map { [("pattern", .string($0))] } ?? [])
        case .rate:
            return [
                ("type", .array([.string("string"), .string("number")])),
                ("pattern", .string(#"^0+(\.[0-9]+)?$"#)),
                ("minimum", .int(0)),
                ("exclusiveMaximum", .int(1)),
            ]
        case .amount:
            return [
                ("type", .array([.string("string"), .string("number")])),
                ("pattern", .string(#"^[0-9]+(\.[0-9]+)?$"#)),
                ("minimum", .int(0)),
            ]
        case .integer(let minimum):
            return [("type", .string("integer")), ("minimum", .int(minimum))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(_, let values):
            return [("enum", .array(choices(values)))]
        case .list(let item):
            return [
                ("type", .string("array")),
                ("items", .object(shape(of: item, key: nil))),
                ("uniqueItems", .bool(true)),
            ]
        case .object(let keys):
            var members: [(String, JSONText)] = [
                ("type", .string("object")),
                ("properties", .object(keys.map { ($0.name, schema(of: $0)) })),
            ]
            let required = keys.filter(\.isRequired).map { JSONText.string($0.name) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            members.append(("additionalProperties", .bool(false)))
            return members
        case .map(let names, let member):
            let nameRule: JSONText =
                switch names {
                case .pattern(let pattern, _, _, _): .object([("pattern", .string(pattern))])
                case .choice(_, let values): .object([("enum", .array(values.map(JSONText.string)))])
                }
            var members: [(String, JSONText)] = [("type", .string("object")), ("propertyNames", nameRule)]
            if key?.isRequired == true { members.append(("minProperties", .int(1))) }
            members.append(("additionalProperties", schema(of: member)))
            return members
        case .open:
            return [("type", .array([.string("object"), .string("null")]))]
        case .skipped:
            return [("type", .string("object"))]
        }
    }

    /// The allowed names; a name that is a number is also allowed as that number (YAML reads `ending: 10` as one).
    private static func choices(_ values: [String]) -> [JSONText] {
        values.map(JSONText.string) + values.filter { DecimalFraction($0) != nil }.map(JSONText.number)
    }

    /// A YAML value from the key table as JSON, keeping YAML's types (`[google]` is an array, `"0.19"` a string).
    static func json(fromYAML text: String) -> JSONText {
        guard let node = try? Yams.compose(yaml: text) else {
            preconditionFailure("the key table holds YAML that does not parse: \(text)")
        }
        return json(from: node)
    }

    private static func json(from node: Node) -> JSONText {
        switch node {
        case .mapping(let mapping):
            return .object(mapping.map { ($0.key.scalar?.string ?? "", json(from: $0.value)) })
        case .sequence(let sequence):
            return .array(sequence.map(json(from:)))
        case .alias:
            return .null
        case .scalar(let scalar):
            switch node.tag.description {
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return .number(scalar.string)
            case Tag.Name.bool.rawValue: return .bool(node.bool ?? false)
            case Tag.Name.null.rawValue: return .null
            default: return .string(scalar.string)
            }
        }
    }
}
