/// A check `locgen validate` or `locgen seo check` runs, with its stable id, default severity and a one-line explanation.
public struct Check: Sendable, Equatable {
    /// A stable check id such as `plural-missing`, used in output, configuration and SARIF rules.
    public struct ID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public var description: String { rawValue }
        public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What the check is about, for grouping in `--list-checks`.
    public enum Area: String, Sendable, CaseIterable {
        case files, syntax, keys, plurals, arguments, markup, text, seo
        // The areas of `locgen seo check`.
        case hreflang, canonical, sitemap, robots
        case jsonLD = "json-ld"
    }

    public var id: ID
    public var area: Area
    public var defaultSeverity: Severity
    /// One line a translator understands.
    public var summary: String
}

extension Check.ID {
    // Files
    public static let invalidFileName: Self = "file-name"
    public static let parseError: Self = "parse-error"
    public static let invalidUTF8: Self = "invalid-utf8"
    public static let duplicateKey: Self = "duplicate-key"
    public static let valueType: Self = "value-type"
    // Syntax
    public static let syntax: Self = "syntax"
    public static let apostrophe: Self = "apostrophe"
    // Keys
    public static let missingKey: Self = "missing-key"
    public static let obsoleteKey: Self = "obsolete-key"
    // Plurals
    public static let pluralMissing: Self = "plural-missing"
    public static let pluralUnused: Self = "plural-unused"
    public static let pluralOther: Self = "plural-other"
    // Arguments
    public static let argumentUnknown: Self = "argument-unknown"
    public static let argumentDropped: Self = "argument-dropped"
    public static let argumentType: Self = "argument-type"
    public static let selectOther: Self = "select-other"
    public static let selectKeys: Self = "select-keys"
    // Markup and text
    public static let markup: Self = "markup"
    public static let empty: Self = "empty"
    public static let untranslated: Self = "untranslated"
    public static let whitespace: Self = "whitespace"
    public static let punctuation: Self = "punctuation"
    public static let placeholder: Self = "placeholder"
    // SEO
    public static let seoLength: Self = "seo-length"
}

extension Check {
    /// Every check, in the order `--list-checks` prints them.
    public static let all: [Check] = [
        Check(id: .invalidFileName, area: .files, defaultSeverity: .error,
              summary: "the file name is not a valid BCP 47 locale tag (de.yaml, de-CH.yaml, zh-Hans.json)"),
        Check(id: .parseError, area: .files, defaultSeverity: .error,
              summary: "the file is not valid YAML or JSON"),
        Check(id: .invalidUTF8, area: .files, defaultSeverity: .error,
              summary: "the file is not valid UTF-8 text"),
        Check(id: .duplicateKey, area: .files, defaultSeverity: .error,
              summary: "the same key is defined twice for one locale; only one can win"),
        Check(id: .valueType, area: .files, defaultSeverity: .error,
              summary: "a value is a number, list or empty where a message text is expected"),
        Check(id: .syntax, area: .syntax, defaultSeverity: .error,
              summary: "the message is not valid ICU MessageFormat (unclosed brace, stray '}', duplicate case …)"),
        Check(id: .apostrophe, area: .syntax, defaultSeverity: .error,
              summary: "an ASCII apostrophe makes ICU swallow text or an argument (l'{name} shows l{name})"),
        Check(id: .missingKey, area: .keys, defaultSeverity: .error,
              summary: "a message of the source locale has no translation here or in a parent locale"),
        Check(id: .obsoleteKey, area: .keys, defaultSeverity: .warning,
              summary: "a message that the source locale no longer has"),
        Check(id: .pluralMissing, area: .plurals, defaultSeverity: .error,
              summary: "a plural lacks a category this locale needs (Russian needs one, few, many, other)"),
        Check(id: .pluralUnused, area: .plurals, defaultSeverity: .warning,
              summary: "a plural has a category this locale never uses (few in English): dead text"),
        Check(id: .pluralOther, area: .plurals, defaultSeverity: .error,
              summary: "a plural or selectordinal has no 'other' case, which ICU requires"),
        Check(id: .argumentUnknown, area: .arguments, defaultSeverity: .error,
              summary: "the translation uses an argument the source message does not have"),
        Check(id: .argumentDropped, area: .arguments, defaultSeverity: .warning,
              summary: "the translation leaves out an argument of the source message"),
        Check(id: .argumentType, area: .arguments, defaultSeverity: .error,
              summary: "an argument is used as another type than in the source (number vs date)"),
        Check(id: .selectOther, area: .arguments, defaultSeverity: .error,
              summary: "a select has no 'other' case, which ICU requires"),
        Check(id: .selectKeys, area: .arguments, defaultSeverity: .warning,
              summary: "a select's cases differ from the source's"),
        Check(id: .markup, area: .markup, defaultSeverity: .error,
              summary: "HTML/XML tags differ from the source's (missing, extra or unbalanced)"),
        Check(id: .empty, area: .text, defaultSeverity: .error,
              summary: "the translation is empty"),
        Check(id: .untranslated, area: .text, defaultSeverity: .warning,
              summary: "the translation is identical to the source text"),
        Check(id: .whitespace, area: .text, defaultSeverity: .warning,
              summary: "leading, trailing or double spaces that the source does not have"),
        Check(id: .punctuation, area: .text, defaultSeverity: .warning,
              summary: "the message ends with other punctuation than the source"),
        Check(id: .placeholder, area: .text, defaultSeverity: .error,
              summary: "non-ICU placeholders (%s, {{name}}, ${x}) differ from the source's"),
        Check(id: .seoLength, area: .seo, defaultSeverity: .warning,
              summary: "a title or description is longer than search engines show (CJK counts double)"),
    ]

    /// The check with an id, if there is one.
    public static func named(_ id: String) -> Check? {
        all.first { $0.id.rawValue == id }
    }
}
