import LocGenICU
import LocGenKit
import Testing

struct TextChecksTests {
    static let untranslated = Finding(
        .untranslated,
        "the message is identical to the source; translate it, or add it to the untranslated allow list if it "
            + "stays the same in every language"
    )

    // MARK: untranslated

    @Test(arguments: ["ru", "pl", "ar", "cy", "ja", "fr", "de"])
    func reportsATextIdenticalToTheSource(locale: String) throws {
        #expect(try check("Add to cart", source: "Add to cart", locale: locale) == [Self.untranslated])
        #expect(try check(" Add to cart", source: "Add to cart ", locale: locale).contains(Self.untranslated))
    }

    @Test(arguments: ["en", "en-GB", "en-IN"])
    func acceptsAnIdenticalTextInTheSourcesLanguage(locale: String) throws {
        #expect(try check("Add to cart", source: "Add to cart", locale: locale).isEmpty)
    }

    @Test(arguments: ["{count}", "%s: %d", "<br>", "{price, number, ::currency/EUR} – {count}", "100 %"])
    func acceptsIdenticalTextsWithoutLettersToTranslate(value: String) throws {
        #expect(try check(.untranslated, value, source: value).isEmpty)
    }

    @Test func acceptsIdenticalTextsOnTheAllowList() throws {
        #expect(
            try check("iPhone", source: "iPhone") { $0.untranslatedAllowList = ["iPhone"] }.isEmpty
        )
        #expect(
            try check("Add to cart", source: "Add to cart", locale: "de-CH") { $0.sourceLocale = try! LocaleID("de") }
                .isEmpty
        )
    }

    @Test func acceptsADifferentText() throws {
        #expect(try check(.untranslated, "In den Warenkorb", source: "Add to cart").isEmpty)
    }

    // MARK: whitespace

    @Test func reportsWhiteSpaceAtTheEndsThatTheSourceDoesNotHave() throws {
        #expect(
            try check(" Hallo", source: "Hello")
                == [
                    Finding(
                        .whitespace,
                        "the message starts with a space that the source does not have; remove it",
                        at: 0
                    )
                ]
        )
        #expect(
            try check("Hallo\n", source: "Hello")
                == [
                    Finding(
                        .whitespace,
                        "the message ends with a line break that the source does not have; remove it",
                        at: 5
                    )
                ]
        )
        #expect(
            try check("Hallo \u{A0}", source: "Hello")
                == [
                    Finding(
                        .whitespace,
                        "the message ends with a space that the source does not have; remove it",
                        at: 5
                    )
                ]
        )
        #expect(try check("Hallo\t") == [Finding(.whitespace, "the message ends with a tab; remove it", at: 5)])
        #expect(try check(" Hello") == [Finding(.whitespace, "the message starts with a space; remove it", at: 0)])
    }

    @Test func acceptsWhiteSpaceAtTheEndsThatTheSourceHasToo() throws {
        #expect(try check(.whitespace, "Gesamt: ", source: "Total: ").isEmpty)
        #expect(try check(.whitespace, "\nGesamt", source: " Total").isEmpty)
    }

    @Test func reportsDoubleSpacesThatTheSourceDoesNotHave() throws {
        #expect(
            try check("Hallo  Welt", source: "Hello world")
                == [Finding(.whitespace, "double space after 'Hallo'; use a single space", at: 5)]
        )
        #expect(try check("Hallo  Welt", source: "Hello  world").isEmpty)
        #expect(try check("Hallo  Welt").isEmpty)
    }

    @Test func ignoresIndentationBetweenPluralCases() throws {
        let source = "{n, plural,\n    one {# item}\n    other {# items}\n}"
        let value = "{n, plural,\n    one {# Artikel}\n    other {# Artikel}\n}"
        #expect(try check(.whitespace, value, source: source).isEmpty)
    }

    // MARK: punctuation

    @Test(arguments: [
        ("Gespeichert", "the source ends with '.' but the message does not; add the same kind of punctuation", 11),
        (
            "Gespeichert!", "the message ends with '!' but the source ends with '.'; use the same kind of punctuation",
            11
        ),
        (
            "Gespeichert:", "the message ends with ':' but the source ends with '.'; use the same kind of punctuation",
            11
        ),
    ])
    func reportsAnEndingUnlikeTheSources(value: String, message: String, offset: Int) throws {
        #expect(try check(value, source: "Saved.") == [Finding(.punctuation, message, at: offset)])
    }

    @Test func reportsAnEndingTheSourceDoesNotHave() throws {
        #expect(
            try check("Hallo {name}!", source: "Hello {name}")
                == [Finding(.punctuation, "the message ends with '!' but the source does not; remove it", at: 12)]
        )
    }

    @Test(arguments: [
        ("inkl. {rate, number, percent} MwSt.", "incl. {rate, number, percent} VAT"),
        ("zzgl. Versand inkl.", "plus shipping"),
        ("Made in the U.S.", "Hergestellt in Deutschland"),
        ("Muster GmbH.", "Example Ltd"),
        ("zzgl. MwSt.", "excl. tax."),
    ])
    func takesAFinalAbbreviationForNoSentenceEnding(value: String, source: String) throws {
        #expect(try check(.punctuation, value, source: source, locale: "de").isEmpty)
    }

    @Test func stillReportsAFullStopAfterAnOrdinaryWord() throws {
        #expect(
            try check("Versand nach Hause.", source: "Shipping home")
                == [Finding(.punctuation, "the message ends with '.' but the source does not; remove it", at: 18)]
        )
    }

    @Test func comparesTheOtherCaseOfAPlural() throws {
        let source = "{n, plural, one {# item.} other {# items.}}"
        #expect(
            try check("{n, plural, one {# Artikel.} other {# Artikel}}", source: source)
                == [
                    Finding(
                        .punctuation,
                        "the source ends with '.' but the message does not; add the same kind of punctuation",
                        at: 45
                    )
                ]
        )
    }

    @Test(arguments: [
        ("ja", "保存しました。"), ("ar", "تم الحفظ."), ("ru", "Сохранено."), ("de", "Gespeichert."), ("pl", "Zapisano."),
        ("cy", "Wedi'i gadw."), ("fr", "Enregistré."), ("th", "บันทึกแล้ว"), ("hy", "Պահված է։"), ("hi", "सहेजा गया।"),
        ("de", "„Gespeichert.“"), ("de", "<b>Gespeichert.</b>"),
    ])
    func acceptsTheScriptsOwnFullStop(locale: String, value: String) throws {
        #expect(try check(.punctuation, value, source: "Saved.", locale: locale).isEmpty)
    }

    @Test(arguments: [
        ("ja", "削除しますか？"), ("ar", "حذف؟"), ("el", "Διαγραφή;"), ("es", "¿Eliminar?"), ("hy", "Ջնջե՞լ"),
        ("fr", "Supprimer ?"), ("ru", "Удалить?"),
    ])
    func acceptsTheScriptsOwnQuestionMark(locale: String, value: String) throws {
        #expect(try check(.punctuation, value, source: "Delete?", locale: locale).isEmpty)
    }

    @Test func treatsThreeDotsAsAnEllipsisAndGreekSemicolonsOnlyInGreek() throws {
        #expect(try check(.punctuation, "Wird geladen...", source: "Loading…").isEmpty)
        #expect(
            try check("Löschen;", source: "Delete?")
                == [
                    Finding(
                        .punctuation,
                        "the source ends with '?' but the message does not; add the same kind of punctuation",
                        at: 8
                    )
                ]
        )
    }

    // MARK: empty

    @Test(arguments: ["ru", "pl", "ar", "cy", "ja", "en", "fr", "de"])
    func reportsAnEmptyMessageAndNothingElse(locale: String) throws {
        #expect(
            try check("", source: "Hello {name}", locale: locale)
                == [Finding(.empty, "the message is empty; translate the source message")]
        )
        #expect(
            try check(" \n", locale: locale) == [Finding(.empty, "the message is only white space; write its text")]
        )
        #expect(try check(.empty, "x", locale: locale).isEmpty)
    }

    @Test func givesNoFindingsForACleanTranslation() throws {
        let source = "<b>{count, plural, one {# item} other {# items}}</b> in your cart."
        let value = "<b>{count, plural, one {# Artikel} other {# Artikel}}</b> im Warenkorb."
        #expect(try check(value, source: source).isEmpty)
    }
}
