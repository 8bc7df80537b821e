/// A value of a configuration file whose shape was checked against its ``ConfigKey``.
struct ConfigEntry {
    /// The checked value.
    enum Content {
        case text(String)
        case integer(Int)
        case boolean(Bool)
        case list([ConfigEntry])
        case mapping([ConfigMember])
        /// A section accepted without looking inside.
        case skipped
    }

    /// The dotted path of the value in messages (`markets.us.currency`).
    var path: String
    /// Where the value starts.
    var location: SourceLocation
    var content: Content

    /// The value under a key of a mapping; nil when it is missing or was rejected.
    subscript(key: String) -> ConfigEntry? {
        members.first { $0.name == key }?.value
    }

    var text: String? {
        if case .text(let text) = content { text } else { nil }
    }

    var integer: Int? {
        if case .integer(let value) = content { value } else { nil }
    }

    var boolean: Bool? {
        if case .boolean(let value) = content { value } else { nil }
    }

    var items: [ConfigEntry] {
        if case .list(let items) = content { items } else { [] }
    }

    var members: [ConfigMember] {
        if case .mapping(let members) = content { members } else { [] }
    }
}

/// One key and value of a checked mapping.
struct ConfigMember {
    var name: String
    /// Where the key is written: problems with the whole entry (a market) are reported there.
    var keyLocation: SourceLocation
    var value: ConfigEntry
}
