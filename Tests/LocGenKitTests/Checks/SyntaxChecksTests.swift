import LocGenICU
import LocGenKit
import Testing

struct SyntaxChecksTests {
    // MARK: syntax

    @Test func reportsTheParsersMessageAtItsOffset() throws {
        #expect(
            try check("Hallo {name", source: "Hello {name}")
                == [Finding(.syntax, "unclosed '{'; add the missing '}', or quote a literal brace as '{'", at: 6)]
        )
    }

    @Test(arguments: ["ru", "pl", "ar", "cy", "ja", "en", "fr", "de"])
    func acceptsValidMessages(locale: String) throws {
        #expect(
            try check(.syntax, "{name} {count, number} '{'", source: "{name} {count, number} '{'", locale: locale)
                .isEmpty
        )
    }

    @Test func stillChecksTheRawTextWhenTheSyntaxFails() throws {
        #expect(
            try check(" Hallo {{name}", source: "Hello {name}")
                == [
                    Finding(
                        .syntax,
                        "expected an argument name after '{', found '{'; quote a literal brace as '{'",
                        at: 8
                    ),
                    Finding(
                        .whitespace,
                        "the message starts with a space that the source does not have; remove it",
                        at: 0
                    ),
                ]
        )
    }

    @Test func mapsAMissingPluralOtherToPluralOther() throws {
        #expect(
            try check("{count, plural, one {# Artikel}}")
                == [
                    Finding(
                        .pluralOther,
                        "plural {count} has no 'other' case, which ICU requires; add other {…}",
                        at: 8
                    )
                ]
        )
        #expect(
            try check("{n, selectordinal, one {#.}}")
                == [
                    Finding(
                        .pluralOther,
                        "selectordinal {n} has no 'other' case, which ICU requires; add other {…}",
                        at: 4
                    )
                ]
        )
        #expect(try check(.pluralOther, "{count, plural, one {# Artikel} other {# Artikel}}").isEmpty)
    }

    @Test func mapsAMissingSelectOtherToSelectOther() throws {
        #expect(
            try check("{gender, select, female {Sie} male {Er}}")
                == [
                    Finding(
                        .selectOther,
                        "select {gender} has no 'other' case, which ICU requires; add other {…}",
                        at: 9
                    )
                ]
        )
        #expect(try check(.selectOther, "{gender, select, female {Sie} other {Er}}").isEmpty)
    }

    // MARK: apostrophe

    @Test func reportsAnElisionApostropheThatQuotesToTheEnd() throws {
        #expect(
            try check("Supprimer l'{item} ?", source: "Delete {item}?", locale: "fr")
                == [
                    Finding(
                        .apostrophe,
                        "the apostrophe in l'{item} starts quoted text, so ICU prints '{item} ?' literally; "
                            + "write ’ (U+2019) or ''",
                        at: 11
                    )
                ]
        )
    }

    @Test func reportsAnElisionApostropheThatQuotesUpToTheNextOne() throws {
        #expect(
            try check("l'{name} et l'{other}", locale: "fr")
                == [
                    Finding(
                        .apostrophe,
                        "the apostrophe in l'{name} starts quoted text that runs to the next apostrophe, so ICU "
                            + "prints '{name} et l' literally; write ’ (U+2019) or ''",
                        at: 1
                    )
                ]
        )
    }

    @Test func reportsAnElisionApostropheThatQuotesAPluralPound() throws {
        #expect(
            try check(.apostrophe, "{n, plural, other {l'# article d'art}}", locale: "fr")
                == [
                    Finding(
                        .apostrophe,
                        "the apostrophe in l'# starts quoted text that runs to the next apostrophe, so ICU prints "
                            + "'# article d' literally; write ’ (U+2019) or ''",
                        at: 20
                    )
                ]
        )
    }

    @Test(arguments: [
        "Tapez '{' pour commencer",
        "Écrivez '{name}' pour le nom",
        "l’{name} et l’{other}",
        "l''{name}",
        "aujourd'hui",
        "{d, date, 'le' d MMMM}",
    ])
    func acceptsIntentionalQuotesAndTypographicApostrophes(value: String) throws {
        #expect(try check(value, locale: "fr").isEmpty)
    }

    @Test func leavesAnUnterminatedQuoteInADateStyleToSyntax() throws {
        #expect(
            try check("{d, date, 'le d MMMM}", locale: "fr")
                == [
                    Finding(
                        .syntax,
                        "unterminated quote in argument style; add the closing apostrophe, or write '' for an apostrophe",
                        at: 10
                    )
                ]
        )
    }
}
