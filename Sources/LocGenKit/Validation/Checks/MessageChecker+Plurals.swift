import LocGenICU

extension MessageChecker {
    /// `plural-missing` and `plural-unused` for every plural and selectordinal argument, at any depth.
    ///
    /// A missing category is reported at the argument's type keyword, where the parser reports a missing `other`;
    /// an unused category at its selector.
    func checkPlurals(_ message: CheckedMessage, into findings: inout [Finding]) {
        for argument in message.arguments {
            switch argument.kind {
            case .plural(let selector):
                checkCases(of: argument, selector, against: cardinal, in: message, into: &findings)
            case .selectordinal(let selector):
                checkCases(of: argument, selector, against: ordinal, in: message, into: &findings)
            case .simple, .number, .date, .time, .spellout, .ordinal, .duration, .select, .choice:
                continue
            }
        }
    }

    private func checkCases(
        of argument: MessageArgument,
        _ selector: PluralSelector,
        against coverage: PluralCoverage,
        in message: CheckedMessage,
        into findings: inout [Finding]
    ) {
        let label = "\(coverage.isOrdinal ? "selectordinal" : "plural") {\(argument.name)}"
        let speakers = coverage.isOrdinal ? "\(localeName) ordinals" : localeName
        var keywords: Set<String> = []
        var exactValues: Set<Double> = []
        for pluralCase in selector.cases {
            switch pluralCase.selector {
            case .exact(let text):
                if let value = Double(text) { exactValues.insert(value) }
            case .keyword(let keyword):
                keywords.insert(keyword)
                guard !coverage.keywords.contains(keyword) else { continue }
                let sentence = unusedCaseSentence(keyword, label: label, speakers: speakers, coverage: coverage)
                findings.append(Finding(.pluralUnused, sentence, at: pluralCase.selectorRange.lowerBound))
            }
        }
        let offset = message.typeKeywordOffset(of: argument)
        for category in coverage.categories where !keywords.contains(category.category.rawValue) {
            if category.isForMillionsOnly { continue }
            if isCovered(category, byExactValues: exactValues, offset: selector.offset) { continue }
            let name = category.category.rawValue
            let uses = coverage.isOrdinal ? "use" : "uses"
            findings.append(
                Finding(
                    .pluralMissing,
                    "\(label) lacks the '\(name)' case that \(speakers) \(uses) for \(category.examples); "
                        + "add \(name) {…}",
                    at: offset
                )
            )
        }
    }

    /// Whether `=N` cases catch every number that would select a category, so its keyword case is never shown.
    ///
    /// Only a category with a finite CLDR sample list can be covered (English `one` is {1}, Welsh `many` is {6});
    /// decimals such as 1.5 are not counted, as message counts are integers. ICU picks the category from the
    /// number minus `offset:` but matches `=N` against the number itself, so the category's value *s* is caught
    /// by `=`(*s* + offset).
    private func isCovered(_ category: PluralCoverage.Category, byExactValues values: Set<Double>, offset: Double)
        -> Bool
    {
        guard let integers = category.finiteIntegers, !values.isEmpty else { return false }
        return integers.allSatisfy { values.contains(Double($0) + offset) }
    }

    private func unusedCaseSentence(_ keyword: String, label: String, speakers: String, coverage: PluralCoverage)
        -> String
    {
        guard let category = PluralCategory(rawValue: keyword) else {
            let used = coverage.categories.map(\.category.rawValue) + ["other"]
            return "\(label) has a '\(keyword)' case, which is not a plural category; \(speakers) "
                + "\(coverage.isOrdinal ? "use" : "uses") \(used.joined(separator: ", "))"
        }
        let never = coverage.isOrdinal ? "never use" : "never uses"
        let exact: String? =
            switch category {
            case .zero: "0"
            case .one: "1"
            case .two: "2"
            case .few, .many, .other: nil
            }
        let fix = exact.map { "write =\($0) for exactly \($0), or remove it" } ?? "remove it"
        return "\(label) has a '\(keyword)' case, but \(speakers) \(never) '\(keyword)'; \(fix)"
    }
}
