public import LocGenICU

/// How `locgen validate` checks bundles: the source locale, which checks run at which severity
/// (globally and per key), and the allow lists and budgets some checks use.
public struct ValidationOptions: Sendable {
    /// The locale every other bundle is translated from.
    public var sourceLocale: LocaleID
    /// Severity per check; `nil` turns a check off. Checks not listed use their default.
    public var checkSeverities: [Check.ID: Severity?]
    /// Severity overrides for keys matching a pattern, applied in order after `checkSeverities`.
    public var keyRules: [KeyRule]
    /// Whether warnings count as errors.
    public var isStrict: Bool
    /// Texts that may be identical to the source (brand names, "OK"); matched after trimming.
    public var untranslatedAllowList: Set<String>
    /// Display-width budgets for SEO fields.
    public var seo: SEOBudgets

    /// Severity overrides for the keys that match a pattern.
    public struct KeyRule: Sendable {
        public var pattern: KeyPattern
        public var checkSeverities: [Check.ID: Severity?]

        public init(pattern: KeyPattern, checkSeverities: [Check.ID: Severity?]) {
            self.pattern = pattern
            self.checkSeverities = checkSeverities
        }
    }

    /// Which keys are titles and descriptions, and how wide each may be.
    public struct SEOBudgets: Sendable {
        /// Keys whose values are page titles (`seo.title`, `*.meta_title`).
        public var titleKeys: [KeyPattern]
        /// Keys whose values are meta descriptions.
        public var descriptionKeys: [KeyPattern]
        /// Display cells a title may take; Google shows about 600 px, some 60 Latin characters.
        public var titleWidth: Int
        /// Display cells a description may take; about 160 Latin characters.
        public var descriptionWidth: Int

        public init(
            titleKeys: [KeyPattern] = [KeyPattern("*.title"), KeyPattern("*.meta_title"), KeyPattern("seo.*title")],
            descriptionKeys: [KeyPattern] = [KeyPattern("*.meta_description"), KeyPattern("seo.*description")],
            titleWidth: Int = 60,
            descriptionWidth: Int = 160
        ) {
            self.titleKeys = titleKeys
            self.descriptionKeys = descriptionKeys
            self.titleWidth = titleWidth
            self.descriptionWidth = descriptionWidth
        }
    }

    public init(
        sourceLocale: LocaleID,
        checkSeverities: [Check.ID: Severity?] = [:],
        keyRules: [KeyRule] = [],
        isStrict: Bool = false,
        untranslatedAllowList: Set<String> = [],
        seo: SEOBudgets = SEOBudgets()
    ) {
        self.sourceLocale = sourceLocale
        self.checkSeverities = checkSeverities
        self.keyRules = keyRules
        self.isStrict = isStrict
        self.untranslatedAllowList = untranslatedAllowList
        self.seo = seo
    }

    /// The severity a check has for a key after configuration and `--strict`; `nil` when it is off.
    public func severity(of check: Check.ID, key: String?) -> Severity? {
        var severity: Severity? = Check.named(check.rawValue)?.defaultSeverity ?? .error
        if let configured = checkSeverities[check] { severity = configured }
        if let key {
            for rule in keyRules where rule.pattern.matches(key) {
                if let configured = rule.checkSeverities[check] { severity = configured }
            }
        }
        if isStrict, severity == .warning { return .error }
        return severity
    }
}

/// A glob over dotted message ids: `*` matches within one segment, `**` across segments.
///
/// `seo.*` matches `seo.title` but not `seo.home.title`; `**.title` matches both `title` and `a.b.title`.
public struct KeyPattern: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let segments: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = pattern.split(separator: ".", omittingEmptySubsequences: false)
    }

    public var description: String { pattern }

    /// Whether a dotted key matches.
    public func matches(_ key: String) -> Bool {
        Self.match(segments[...], key.split(separator: ".", omittingEmptySubsequences: false)[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ key: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return key.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var tail = key
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let segment = key.first, matchSegment(first, segment) else { return false }
        return match(pattern.dropFirst(), key.dropFirst())
    }

    /// `*` within a segment matches any run of characters.
    private static func matchSegment(_ pattern: Substring, _ text: Substring) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return pattern == text }
        var rest = text[...]
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() {
            guard let range = rest.firstRange(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(parts.last!) && rest.count >= parts.last!.count
    }
}
