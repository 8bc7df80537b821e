/// The keys of one kind of SEO field (titles or descriptions) and the width they may take.
struct SEOField: Sendable {
    /// `title` or `description`, as messages name it.
    var name: String
    var budget: Int
    /// Each pattern with the text that every key it matches ends with.
    private var patterns: [(pattern: KeyPattern, suffix: String)]

    /// The title field, then the description field; a key that is both is measured as a title.
    static func fields(of budgets: ValidationOptions.SEOBudgets) -> [SEOField] {
        [
            SEOField(name: "title", budget: budgets.titleWidth, patterns: budgets.titleKeys),
            SEOField(name: "description", budget: budgets.descriptionWidth, patterns: budgets.descriptionKeys),
        ]
    }

    private init(name: String, budget: Int, patterns: [KeyPattern]) {
        self.name = name
        self.budget = budget
        self.patterns = patterns.map { ($0, Self.requiredSuffix(of: $0)) }
    }

    /// Whether a key is one of this field's.
    ///
    /// Most keys are no SEO field, and ``KeyPattern/matches(_:)`` splits the key each time, so a suffix test
    /// that every match passes comes first.
    func matches(_ key: String) -> Bool {
        patterns.contains { key.hasSuffix($0.suffix) && $0.pattern.matches(key) }
    }

    /// The text after the last `*` of the pattern's last segment: the last key segment must end with it
    /// (`title` for `*.meta_title`'s `meta_title`, `title` for `seo.*title`); empty after `**` or a final `*`.
    private static func requiredSuffix(of pattern: KeyPattern) -> String {
        let last = pattern.pattern.split(separator: ".", omittingEmptySubsequences: false).last ?? ""
        guard last != "**" else { return "" }
        return String(last.split(separator: "*", omittingEmptySubsequences: false).last ?? "")
    }
}
