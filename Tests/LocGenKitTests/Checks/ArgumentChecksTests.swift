import LocGenICU
import LocGenKit
import Testing

struct ArgumentChecksTests {
    @Test func reportsAnUnknownArgumentAtItsFirstUseWithASuggestion() throws {
        #expect(
            try check(.argumentUnknown, "Hallo {nmae}, {nmae}", source: "Hello {name}")
                == [Finding(.argumentUnknown, "argument {nmae} is not in the source; did you mean {name}?", at: 7)]
        )
        #expect(
            try check(.argumentUnknown, "{total} Artikel", source: "{count} items in {cart}")
                == [
                    Finding(
                        .argumentUnknown,
                        "argument {total} is not in the source, which has {count} and {cart}; use those",
                        at: 1
                    )
                ]
        )
        #expect(
            try check(.argumentUnknown, "Hallo {name}", source: "Hello")
                == [
                    Finding(
                        .argumentUnknown,
                        "argument {name} is not in the source, which has no arguments; remove it",
                        at: 7
                    )
                ]
        )
    }

    @Test(arguments: ["ru", "pl", "ar", "cy", "ja", "en", "fr", "de"])
    func acceptsTheSourcesArgumentsInAnyOrder(locale: String) throws {
        let value = "{cart}: {count, plural, other {# x}}"
        #expect(
            try check(value, source: "{count} items in {cart}", locale: locale).filter {
                $0.check.rawValue.hasPrefix("argument")
            }.isEmpty
        )
    }

    @Test func reportsADroppedArgumentAtTheKey() throws {
        #expect(
            try check("Hallo", source: "Hello {name}")
                == [
                    Finding(
                        .argumentDropped,
                        "argument {name} of the source is missing here; add it where the sentence needs it"
                    )
                ]
        )
    }

    @Test func countsAPluralSelectorAsAUseOfItsArgument() throws {
        let source = "{count, plural, one {# item} other {# items}}"
        #expect(try check("{count, plural, other {商品}}", source: source, locale: "ja").isEmpty)
        #expect(try check("{count, plural, one {Ein Artikel} other {Mehrere Artikel}}", source: source).isEmpty)
    }

    @Test func reportsAnArgumentUsedAsAnotherTypeAtItsTypeKeyword() throws {
        #expect(
            try check("Gesendet am {d, number}", source: "Sent on {d, date, short}")
                == [
                    Finding(
                        .argumentType,
                        "argument {d} is used as a number here but as a date in the source; format it as the source does",
                        at: 16
                    )
                ]
        )
        #expect(try check("Gesendet am {d}", source: "Sent on {d, date, short}").isEmpty)
        #expect(try check("Gesendet am {d, time, short}", source: "Sent on {d, date, short}").isEmpty)
    }

    @Test func reportsTwoTypesForOneNameEvenWithoutASource() throws {
        #expect(
            try check("{d, number} {d, date}")
                == [
                    Finding(
                        .argumentType,
                        "argument {d} is used as a date here but as a number earlier in the message; use one type",
                        at: 16
                    )
                ]
        )
    }

    static let genders = "{g, select, female {She} male {He} other {They}}"

    @Test(arguments: [
        ("{g, select, female {Sie} other {Sie}}", "select {g} lacks the source's case 'male'; add male {…}"),
        ("{g, select, other {Sie}}", "select {g} lacks the source's cases 'female', 'male'; add them"),
        (
            "{g, select, female {Sie} male {Er} neuter {Es} other {Sie}}",
            "select {g} has a case 'neuter' that the source does not; remove it unless the app sends that value"
        ),
        (
            "{g, select, female {Sie} neuter {Es} other {Sie}}",
            "select {g} lacks the source's case 'male' and has a case 'neuter' that the source does not; "
                + "use the source's cases"
        ),
    ])
    func reportsSelectKeysThatDifferFromTheSource(value: String, message: String) throws {
        #expect(try check(value, source: Self.genders) == [Finding(.selectKeys, message, at: 4)])
    }

    @Test func acceptsTheSourcesSelectKeysInAnyOrder() throws {
        #expect(try check("{g, select, male {Er} female {Sie} other {Sie}}", source: Self.genders).isEmpty)
    }
}
