/// One key of a YAML configuration file: its name, the shape of its value and its documentation.
///
/// The table of these keys (``ConfigKey/siteConfig``) is the single description of `locgen.yaml`: the loader
/// checks a file against it and ``SiteConfigSchema`` is written from it, so the two cannot disagree.
struct ConfigKey: Sendable {
    /// The key as written in the file, kebab-case (`base-url`).
    var name: String
    /// What the value must look like.
    var value: ConfigValue
    /// One or two sentences for the schema's `description` and the documentation.
    var summary: String
    /// Whether the file must have the key.
    var isRequired = false
    /// The value used when the key is left out, as it would be written in YAML.
    var defaultValue: String?
    /// The default in words when it is not one fixed value ("the host of base-url").
    var defaultNote: String?
    /// A value as it would be written in YAML, used in the schema's `examples` and in fix hints.
    var example: String?
    /// Names users of other tools (Hugo, Next.js, Jekyll) write for this key, for "did you mean" hints.
    var aliases: [String] = []
}

/// The shape of a configuration value.
indirect enum ConfigValue: Sendable {
    /// Any scalar, read as text. `pattern` is an ECMA-262 regular expression for the schema only: the loader
    /// checks the same rule in code, with a message that says what is wrong.
    case string(pattern: String? = nil)
    /// A rate: a decimal at least 0 and below 1, written as text or as a plain YAML number; it is kept as text,
    /// never read as binary floating point.
    case rate
    /// An amount of money: a decimal of at least 0 with a `.` before its fraction, written as text or as a plain
    /// YAML number; it is kept as text, never read as binary floating point.
    case amount
    /// A whole number no smaller than `minimum`.
    case integer(minimum: Int)
    /// `true` or `false`.
    case boolean
    /// One of a fixed set of names; `noun` names the kind of thing in messages ("search engine").
    case choice(noun: String, values: [String])
    /// A list whose items each have the given shape; an item may appear only once.
    case list(ConfigValue)
    /// A mapping with the given keys and no others.
    case object([ConfigKey])
    /// A mapping from names the user chooses (market ids, search engines) to values of one shape.
    case map(names: ConfigName, member: ConfigKey)
    /// A mapping accepted without looking inside (a section reserved for later).
    case open
    /// A section another part of locgen reads and checks; this loader does not look at it at all.
    case skipped
}

/// The rule for the names of a ``ConfigValue/map(names:member:)``.
enum ConfigName: Sendable {
    /// Names matching a pattern, which `check` tests in code and `hint` explains ("use lower-case letters…");
    /// `noun` names them in messages ("market id").
    case pattern(String, noun: String, hint: String, check: @Sendable (String) -> Bool)
    /// Names from a fixed set, such as search engines.
    case choice(noun: String, values: [String])
}

extension ConfigKey {
    /// The member of a map, whose name in paths and messages is chosen by the user.
    static let memberPlaceholder = "*"

    /// Every key below this one as a dotted path (`markets.*.pricing.tax.rate`), this key first.
    func paths(prefix: String = "") -> [String] {
        let path = prefix.isEmpty ? name : "\(prefix).\(name)"
        return [path] + value.childKeys.flatMap { $0.paths(prefix: path) }
    }
}

extension ConfigValue {
    /// The keys directly below a value of this shape.
    var childKeys: [ConfigKey] {
        switch self {
        case .object(let keys): keys
        case .map(_, let member): [member]
        case .list(let item): item.childKeys
        case .string, .rate, .amount, .integer, .boolean, .choice, .open, .skipped: []
        }
    }

    /// How the value is described in "expected …" messages.
    var expectation: String {
        switch self {
        case .string: "a string"
        case .rate, .amount: "a decimal number"
        case .integer(let minimum): "a whole number (\(minimum) or more)"
        case .boolean: "true or false"
        case .choice(_, let values): "one of " + values.map { "'\($0)'" }.joined(separator: ", ")
        case .list: "a list"
        case .object: "a mapping"
        case .map, .open, .skipped: "a mapping"
        }
    }
}
