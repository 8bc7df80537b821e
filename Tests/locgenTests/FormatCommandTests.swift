import LocGenICU
import Testing

/// End-to-end runs of the built binary: output, messages and exit status as a user sees them.
struct FormatCommandTests {
    static let pinned = ConditionTrait.enabled(if: ICU.majorVersion == 72, "expected strings are ICU 72 output")

    @Test(Self.pinned, arguments: [
        (["--locale", "ru-RU", "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}", "count=21"], "21 товар"),
        (["--locale", "de-CH", "--currency", "CHF", "1234.567"], "CHF\u{A0}1’234.57"),
        (["--locale", "de-CH", "--currency", "CHF", "1234.567", "--cash"], "CHF\u{A0}1’234.55"),
        (["--locale", "ja-JP", "--date", "2026-11-25T09:30:00Z", "--skeleton", "yMMMMEEEEd", "--time-zone", "Asia/Tokyo"], "2026年11月25日水曜日"),
        (["--locale", "ar-EG", "--skeleton", "percent", "0.256"], "٢٥٫٦٪؜"),
        (["--locale", "de", "--relative", "-3", "--unit", "day"], "vor 3 Tagen"),
        (["--locale", "es", "--list", "Visa", "Mastercard", "PayPal"], "Visa, Mastercard y PayPal"),
        (["--locale", "en", "--json", "{\"n\": 2, \"who\": \"Ana\"}", "{who} has {n, plural, one {# point} other {# points}}"], "Ana has 2 points"),
        (["--locale", "en", "Hi {name}", "name=a=b"], "Hi a=b"),
    ])
    func formatsWhatTheIssueShows(arguments: [String], expected: String) throws {
        let result = try LocgenProcess.run(["format"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == expected + "\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func showsASyntaxErrorWithACaretAndExitsOne() throws {
        let result = try LocgenProcess.run(["format", "--locale", "fr", "Ajouter à l'{name}", "name=Ana"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("error: unterminated quoted literal") == true)
        #expect(lines.first?.hasSuffix("(message column 12)") == true)
        #expect(lines.dropFirst().first == "Ajouter à l'{name}")
        #expect(lines.dropFirst(2).first == "           ^")
    }

    @Test func placesTheCaretByDisplayWidth() throws {
        let result = try LocgenProcess.run(["format", "--locale", "ja", "在庫 {count, plural, other {# 個}", "count=1"])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 3)
        // "在庫 " is five cells wide: two wide characters and a space.
        #expect(lines.last == "     ^")
    }

    @Test func namesTheArgumentWhenAPluralGetsTextAndExitsOne() throws {
        let result = try LocgenProcess.run(["format", "--locale", "ru", "{count, plural, one {# товар} other {# товара}}", "count=many"])
        #expect(result.status == 1)
        #expect(result.standardError == "error: argument 'count' is used as a number (plural, selectordinal or number) but was given the text 'many'\n")
    }

    @Test(arguments: [
        (["--locale", "en-UK", "x"], "error: unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')\n"),
        (["--locale", "en", "--time-zone", "Mars/Olympus", "x"], "error: unknown time zone 'Mars/Olympus'; use an IANA name such as 'Europe/Berlin' or 'UTC'\n"),
        (["--locale", "en", "--currency", "EURO", "1"], "error: unknown currency 'EURO'; use an ISO 4217 code such as 'EUR' or 'JPY'\n"),
    ])
    func exitsTwoForABadLocaleZoneOrCurrency(arguments: [String], message: String) throws {
        let result = try LocgenProcess.run(["format"] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError == message)
    }

    @Test(arguments: [
        ["format", "--locale", "en", "--bogus", "x"],
        ["format", "x"],
        ["format", "--locale", "en", "--cash", "1"],
        ["format", "--locale", "en", "Hi {n}", "n"],
        ["format", "--locale", "en", "--json", "[1, 2]", "Hi"],
        ["no-such-command"],
    ])
    func exitsTwoForUsageErrors(arguments: [String]) throws {
        let result = try LocgenProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.standardError.isEmpty)
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test func printsVersionAndHelp() throws {
        let version = try LocgenProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("locgen 0.1.0 (ICU \(ICU.version), CLDR "))
        for subcommand in ["format", "plurals", "locale"] {
            let help = try LocgenProcess.run([subcommand, "--help"])
            #expect(help.status == 0)
            #expect(help.standardOutput.contains("locgen \(subcommand) "), "\(subcommand) help has an example")
        }
    }
}

struct PluralsAndLocaleCommandTests {
    @Test func classifiesNumbersKeepingVisibleFractionDigits() throws {
        let result = try LocgenProcess.run(["plurals", "en", "1", "1.0", "2"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "1   one\n1.0 other\n2   other\n")
        let french = try LocgenProcess.run(["plurals", "fr", "0", "1.5"])
        #expect(french.standardOutput == "0   one\n1.5 one\n")
        let ordinal = try LocgenProcess.run(["plurals", "en", "--ordinal", "1", "2", "3", "4", "11"])
        #expect(ordinal.standardOutput == "1  one\n2  two\n3  few\n4  other\n11 other\n")
    }

    @Test func listsCategoriesWithSamples() throws {
        let result = try LocgenProcess.run(["plurals", "ru"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("cardinal: one, few, many, other\n"))
        #expect(result.standardOutput.contains("ordinal: other\n"))
        let json = try LocgenProcess.run(["plurals", "cy", "--json"])
        #expect(json.standardOutput.contains("\"category\": \"zero\""))
    }

    @Test func rejectsABadNumberOrLocale() throws {
        #expect(try LocgenProcess.run(["plurals", "en", "abc"]).status == 2)
        #expect(try LocgenProcess.run(["plurals", "xx"]).status == 2)
    }

    @Test func describesALocale() throws {
        let result = try LocgenProcess.run(["locale", "es-MX"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("fallback chain    es-MX → es-419 → es → root\n"))
        #expect(result.standardOutput.contains("direction         ltr (left to right)\n"))
        let json = try LocgenProcess.run(["locale", "de_CH", "--json"])
        #expect(json.standardOutput.contains("\"tag\": \"de-CH\""))
        #expect(json.standardOutput.contains("\"notes\": [\n    \"'de_CH' is ICU's locale ID form; the BCP 47 tag is 'de-CH'\"\n  ]"))
        let arabic = try LocgenProcess.run(["locale", "ar-EG"])
        #expect(arabic.standardOutput.contains("direction         rtl (right to left)\n"))
        let bad = try LocgenProcess.run(["locale", "jp"])
        #expect(bad.status == 2)
        #expect(bad.standardError == "error: unknown language 'jp' in 'jp'; did you mean 'ja'?\n")
    }
}
