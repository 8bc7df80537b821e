import LocGenICU
import LocGenKit
import Testing

struct PlaceholderChecksTests {
    @Test func reportsMissingPlaceholdersAtTheKeyAndExtraOnesWhereTheyStand() throws {
        #expect(
            try check("%d Artikel", source: "%s items")
                == [
                    Finding(.placeholder, "placeholder %s of the source is missing here; keep it exactly as written"),
                    Finding(
                        .placeholder,
                        "placeholder %d is not in the source, which has %s; write it as the source does",
                        at: 0
                    ),
                ]
        )
        #expect(
            try check("Hallo %s", source: "Hello")
                == [Finding(.placeholder, "placeholder %s is not in the source; remove it", at: 6)]
        )
    }

    @Test(arguments: [
        ("Hallo {name}", "Hello {{name}}", "{{name}}"),
        ("Gesamt: {total}", "Total: ${total}", "${total}"),
        ("Hallo", "Hello %(name)s", "%(name)s"),
        ("Hallo", "Hello %1$@", "%1$@"),
        ("Preis", "Price %.2f", "%.2f"),
    ])
    func findsEachKindOfForeignPlaceholder(value: String, source: String, placeholder: String) throws {
        #expect(
            try check(.placeholder, value, source: source)
                == [
                    Finding(
                        .placeholder,
                        "placeholder \(placeholder) of the source is missing here; keep it exactly as written"
                    )
                ]
        )
    }

    @Test(arguments: ["ru", "pl", "ar", "cy", "ja", "en", "fr", "de"])
    func acceptsReorderedPositionalPlaceholders(locale: String) throws {
        #expect(try check(.placeholder, "%2$s – %1$s", source: "%s of %s", locale: locale).isEmpty)
    }

    @Test func detectsDoubleBracesEvenWhenTheMessageDoesNotParse() throws {
        #expect(
            try check("Hallo {{ name }}", source: "Hello {{name}}")
                == [
                    Finding(
                        .syntax,
                        "expected an argument name after '{', found '{'; quote a literal brace as '{'",
                        at: 7
                    )
                ]
        )
        #expect(
            try check("Hallo {{name}}", source: "Hello {name}")
                == [
                    Finding(
                        .syntax,
                        "expected an argument name after '{', found '{'; quote a literal brace as '{'",
                        at: 7
                    ),
                    Finding(.placeholder, "placeholder {{name}} is not in the source; remove it", at: 6),
                ]
        )
    }

    @Test(arguments: ["50 % de réduction", "95%ile", "100%", "%%s", "10 %-Rabatt"])
    func ignoresPercentSignsThatAreText(value: String) throws {
        #expect(try check(.placeholder, value, source: "50% off").isEmpty)
    }

    @Test func readsPluralCasesHoldingAnArgumentAsICU() throws {
        let source = "{n, plural, other {{name}}}"
        #expect(try check(.placeholder, "{n, plural, one {{name}} other {{name}}}", source: source).isEmpty)
    }
}
