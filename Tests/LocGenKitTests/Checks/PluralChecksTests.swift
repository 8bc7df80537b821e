import LocGenICU
import Testing

@testable import LocGenKit

struct PluralChecksTests {
    static let oneAndOther = "{count, plural, one {# x} other {# x}}"

    @Test(arguments: [
        (
            "ru",
            [
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'few' case that Russian uses for 2~4, 22~24, 32~34, …; add few {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'many' case that Russian uses for 0, 5~19, 100, …; add many {…}",
                    at: 8
                ),
            ]
        ),
        (
            "pl",
            [
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'few' case that Polish uses for 2~4, 22~24, 32~34, …; add few {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'many' case that Polish uses for 0, 5~19, 100, …; add many {…}",
                    at: 8
                ),
            ]
        ),
        (
            "ar",
            [
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'zero' case that Arabic uses for 0; add zero {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'two' case that Arabic uses for 2; add two {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'few' case that Arabic uses for 3~10, 103~110, 1003, …; add few {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'many' case that Arabic uses for 11~26, 111, 1011, …; add many {…}",
                    at: 8
                ),
            ]
        ),
        (
            "cy",
            [
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'zero' case that Welsh uses for 0; add zero {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'two' case that Welsh uses for 2; add two {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'few' case that Welsh uses for 3; add few {…}",
                    at: 8
                ),
                Finding(
                    .pluralMissing,
                    "plural {count} lacks the 'many' case that Welsh uses for 6; add many {…}",
                    at: 8
                ),
            ]
        ),
        (
            "ja",
            [
                Finding(
                    .pluralUnused,
                    "plural {count} has a 'one' case, but Japanese never uses 'one'; write =1 for exactly 1, or remove it",
                    at: 16
                )
            ]
        ),
        ("en", []),
        ("fr", []),
        ("de", []),
    ])
    func comparesCasesWithTheLocalesCategories(locale: String, expected: [Finding]) throws {
        #expect(try check(Self.oneAndOther, locale: locale) == expected)
    }

    @Test(arguments: [
        ("ru", "{n, plural, one {# x} few {# x} many {# x} other {# x}}"),
        ("pl", "{n, plural, one {# x} few {# x} many {# x} other {# x}}"),
        ("ar", "{n, plural, zero {x} one {x} two {x} few {x} many {x} other {x}}"),
        ("cy", "{n, plural, zero {x} one {x} two {x} few {x} many {x} other {x}}"),
        ("ja", "{n, plural, other {# x}}"),
        ("en", "{n, plural, one {# x} other {# x}}"),
        ("fr", "{n, plural, one {# x} many {# x} other {# x}}"),
        ("de", "{n, plural, one {# x} other {# x}}"),
    ])
    func acceptsExactlyTheLocalesCategories(locale: String, value: String) throws {
        #expect(try check(value, locale: locale).isEmpty)
    }

    @Test(arguments: [
        ("en", "{n, plural, =1 {one item} other {# items}}"),
        ("ar", "{n, plural, =0 {x} =1 {x} =2 {x} few {x} many {x} other {x}}"),
        ("cy", "{n, plural, =0 {x} =1 {x} =2 {x} =3 {x} =6 {x} other {x}}"),
        ("de", "{n, plural, =1 {ein Artikel} other {# Artikel}}"),
        // With offset:1, 'one' is picked for n = 2, which =2 catches.
        ("en", "{n, plural, offset:1 =0 {nobody} =1 {you} =2 {you and one other} other {you and # others}}"),
    ])
    func letsExactCasesStandInForCategoriesTheyCoverCompletely(locale: String, value: String) throws {
        #expect(try check(value, locale: locale).isEmpty)
    }

    @Test func requiresCategoriesThatExactCasesCoverOnlyInPart() throws {
        #expect(
            try check("{n, plural, =1 {x} few {x} many {x} other {x}}", locale: "ru")
                == [
                    Finding(
                        .pluralMissing,
                        "plural {n} lacks the 'one' case that Russian uses for 1, 21, 31, …; add one {…}",
                        at: 4
                    )
                ]
        )
        // With offset:1, =1 matches n = 1, which selects 'other' (1 - 1 = 0); 'one' (n = 2) is not covered.
        #expect(
            try check("{n, plural, offset:1 =0 {nobody} =1 {you} other {you and # others}}", locale: "en")
                == [
                    Finding(
                        .pluralMissing,
                        "plural {n} lacks the 'one' case that English uses for 1; add one {…}",
                        at: 4
                    )
                ]
        )
    }

    @Test(arguments: ["fr", "es", "it", "pt", "pt-PT", "ca"])
    func doesNotRequireTheMillionsManyOfCLDR42(locale: String) throws {
        #expect(try check(Self.oneAndOther, locale: locale).isEmpty)
        #expect(try check("{n, plural, one {x} many {x} other {x}}", locale: locale).isEmpty)
    }

    @Test func checksOrdinals() throws {
        #expect(
            try check("{n, selectordinal, one {#st} other {#th}}", locale: "en")
                == [
                    Finding(
                        .pluralMissing,
                        "selectordinal {n} lacks the 'two' case that English ordinals use for 2, 22, 32, …; add two {…}",
                        at: 4
                    ),
                    Finding(
                        .pluralMissing,
                        "selectordinal {n} lacks the 'few' case that English ordinals use for 3, 23, 33, …; add few {…}",
                        at: 4
                    ),
                ]
        )
        #expect(
            try check("{n, selectordinal, one {#-й} other {#-й}}", locale: "ru")
                == [
                    Finding(
                        .pluralUnused,
                        "selectordinal {n} has a 'one' case, but Russian ordinals never use 'one'; write =1 for exactly 1, or remove it",
                        at: 19
                    )
                ]
        )
        #expect(try check("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", locale: "en").isEmpty)
    }

    @Test func reportsUnusedCategoriesAtTheirSelector() throws {
        #expect(
            try check("{n, plural, one {x} few {y} other {z}}", locale: "en")
                == [
                    Finding(
                        .pluralUnused,
                        "plural {n} has a 'few' case, but English never uses 'few'; remove it",
                        at: 20
                    )
                ]
        )
        #expect(
            try check("{n, plural, zero {none} one {x} other {z}}", locale: "de")
                == [
                    Finding(
                        .pluralUnused,
                        "plural {n} has a 'zero' case, but German never uses 'zero'; write =0 for exactly 0, or remove it",
                        at: 12
                    )
                ]
        )
        #expect(
            try check("{n, plural, one {x} ones {x} other {z}}", locale: "en")
                == [
                    Finding(
                        .pluralUnused,
                        "plural {n} has a 'ones' case, which is not a plural category; English uses one, other",
                        at: 20
                    )
                ]
        )
    }

    @Test func neverCallsExactCasesUnused() throws {
        #expect(try check("{n, plural, =0 {x} =1 {x} =2 {x} other {y}}", locale: "ja").isEmpty)
    }

    @Test func checksPluralsNestedInSelects() throws {
        let value =
            "{g, select, female {{n, plural, one {x} other {y}}} other {{n, plural, one {x} many {y} other {z}}}}"
        #expect(
            try check(value, locale: "ru").map(\.offset) == [24, 24, 63]
        )
        #expect(try check(value, locale: "ru").map(\.check) == [.pluralMissing, .pluralMissing, .pluralMissing])
    }
}

struct PluralSampleChecksTests {
    @Test func readsCLDRSampleLists() throws {
        let list = PluralSampleList("2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …")
        #expect(list.isOpenEnded)
        #expect(list.finiteIntegers == nil)
        #expect(list.examples == "2~4, 22~24, 32~34, …")
        let finite = PluralSampleList("0, 7~9")
        #expect(finite.finiteIntegers == [0, 7, 8, 9])
        #expect(finite.examples == "0, 7~9")
        let compact = PluralSampleList("1000000, 1c6, 2c6, 3c6, 4c6, 5c6, 6c6, …")
        #expect(compact.items.map(\.isCompact) == [false, true, true, true, true, true, true])
        #expect(PluralSampleList("0.0~1.5").finiteIntegers == nil)
        #expect(PluralSampleList("").items.isEmpty)
    }

    @Test(arguments: [
        ("fr", "many", true), ("es", "many", true), ("it", "many", true), ("pt", "many", true), ("ca", "many", true),
        ("ru", "many", false), ("pl", "many", false), ("ar", "many", false), ("cy", "many", false),
        // Lithuanian 'many' is for fractions (0.1); it is small, so it stays required.
        ("lt", "many", false), ("en", "one", false),
    ])
    func exemptsOnlyCategoriesForMillions(locale: String, category: String, exempt: Bool) throws {
        let coverage = PluralCoverage(rules: try PluralRules.cached(locale: try LocaleID(locale)))
        let entry = try #require(coverage.categories.first { $0.category.rawValue == category })
        #expect(entry.isForMillionsOnly == exempt)
    }
}
