import LocGenICU

/// What a locale's cardinal or ordinal plural rules ask of a message's plural cases, prepared once per locale.
struct PluralCoverage: Sendable {
    /// One category the locale uses, other than `other`.
    struct Category: Sendable {
        var category: PluralCategory
        /// Every integer that selects the category, when CLDR's sample list is finite (no `…`); `nil` otherwise.
        ///
        /// A finite list is complete: English `one` is exactly {1}, Arabic `two` exactly {2}.
        var finiteIntegers: [Int]?
        /// Whether only numbers of a million or more, or numbers in compact notation, select the category.
        var isForMillionsOnly: Bool
        /// The first few samples as CLDR writes them, for messages: `2~4, 22~24, 32~34, …`.
        var examples: String
    }

    /// The categories the locale uses besides `other`, in CLDR order.
    var categories: [Category]
    /// The keyword of every category the locale uses, `other` included.
    var keywords: Set<String>
    /// Whether these are ordinal rules.
    var isOrdinal: Bool

    init(rules: PluralRules) {
        isOrdinal = rules.isOrdinal
        keywords = Set(rules.categories.map(\.rawValue))
        categories = rules.rules.filter { $0.category != .other }.map { rule in
            let integers = PluralSampleList(rule.integerSamples)
            let decimals = PluralSampleList(rule.decimalSamples)
            let shown = integers.items.isEmpty ? decimals : integers
            return Category(
                category: rule.category,
                finiteIntegers: integers.finiteIntegers,
                isForMillionsOnly: Self.isForMillionsOnly(integers, decimals),
                examples: shown.examples
            )
        }
    }

    // CLDR 42 gave French, Spanish, Italian, Portuguese and Catalan a cardinal `many` for "1 million de …" and for
    // compact numbers like 1,2 M (rule `e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5`). Counts of
    // items in a shop never reach it, and translators who leave it out get `other`, which reads correctly there, so
    // a missing `many` of that kind is not reported. The rule shows in the samples: every plain sample is at least
    // 1,000,000 and the rest are compact (`1c6`); a condition on `e` yields only compact samples. A category that
    // any smaller plain number selects (Lithuanian `many` for 0.1) is still required.
    private static func isForMillionsOnly(_ integers: PluralSampleList, _ decimals: PluralSampleList) -> Bool {
        let items = integers.items + decimals.items
        guard !items.isEmpty else { return false }
        return items.allSatisfy { $0.isCompact || $0.lower >= 1_000_000 }
    }
}

/// A CLDR sample list such as `1, 21, 31, …`, `2~4, 22~24` or `1000000, 1c6, 2c6, …`.
struct PluralSampleList {
    /// One sample or range of samples.
    struct Item {
        var text: Substring
        /// The first value; 0 for compact items.
        var lower: Double
        /// The last value of a `~` range, or `lower`.
        var upper: Double
        /// Whether the item is in compact notation (`1c6`, `1.1c6`), which a plain number argument never has.
        var isCompact: Bool
        /// Whether the item has no fraction digits.
        var isInteger: Bool
    }

    var items: [Item] = []
    /// Whether the list ends with `…`: the category has more numbers than listed.
    var isOpenEnded = false

    init(_ text: String) {
        for part in text.split(separator: ",") {
            let item = part.drop { $0 == " " }
            guard !item.isEmpty else { continue }
            if item == "…" || item == "..." {
                isOpenEnded = true
                continue
            }
            let bounds = item.split(separator: "~", maxSplits: 1)
            let isCompact = item.contains { $0 == "c" || $0 == "e" }
            let lower = isCompact ? 0 : Double(bounds[0]) ?? 0
            let upper = isCompact ? 0 : bounds.count > 1 ? Double(bounds[1]) ?? lower : lower
            items.append(
                Item(text: item, lower: lower, upper: upper, isCompact: isCompact, isInteger: !item.contains("."))
            )
        }
    }

    /// Every integer in the list when it is finite and holds only plain integers (at most 1,000 of them).
    var finiteIntegers: [Int]? {
        guard !isOpenEnded, !items.isEmpty else { return nil }
        var values: [Int] = []
        for item in items {
            guard item.isInteger, !item.isCompact, item.upper - item.lower < 1_000 else { return nil }
            values.append(contentsOf: Int(item.lower)...Int(item.upper))
        }
        return values.count <= 1_000 ? values : nil
    }

    /// The first three items, with `…` when there are more.
    var examples: String {
        let shown = items.prefix(3).map(\.text).joined(separator: ", ")
        return items.count > 3 || isOpenEnded ? shown + ", …" : shown
    }
}
