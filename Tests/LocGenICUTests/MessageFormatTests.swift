import LocGenICU
import Testing

struct MessageFormatTests {
    static let russianItems = "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}"

    @Test(arguments: [("1", "1 товар"), ("21", "21 товар"), ("2", "2 товара"), ("5", "5 товаров"), ("11", "11 товаров"), ("1.5", "1,5 товара")])
    func formatsRussianPlurals(count: String, expected: String) throws {
        let message = try MessageFormat(Self.russianItems, locale: try locale("ru-RU"))
        #expect(try message.format(["count": .number(count)]) == expected)
    }

    @Test func handlesOffsetExactMatchesAndPound() throws {
        let pattern = "{guests, plural, offset:1 =0 {nobody} =1 {{host}} one {{host} and # other} other {{host} and # others}}"
        let message = try MessageFormat(pattern, locale: try locale("en"))
        #expect(try message.format(["guests": 0, "host": "Ana"]) == "nobody")
        #expect(try message.format(["guests": 1, "host": "Ana"]) == "Ana")
        #expect(try message.format(["guests": 2, "host": "Ana"]) == "Ana and 1 other")
        #expect(try message.format(["guests": 5, "host": "Ana"]) == "Ana and 4 others")
    }

    @Test func nestsPluralsInSelects() throws {
        let pattern = """
            {gender, select, female {{n, plural, one {She bought # item} other {She bought # items}}} \
            male {{n, plural, one {He bought # item} other {He bought # items}}} \
            other {{n, plural, one {They bought # item} other {They bought # items}}}}
            """
        let message = try MessageFormat(pattern, locale: try locale("en"))
        #expect(try message.format(["gender": "female", "n": 1]) == "She bought 1 item")
        #expect(try message.format(["gender": "male", "n": 3]) == "He bought 3 items")
        #expect(try message.format(["gender": "x", "n": 2]) == "They bought 2 items")
    }

    @Test func formatsSelectOrdinal() throws {
        let pattern = "{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}"
        let message = try MessageFormat(pattern, locale: try locale("en"))
        #expect(try ["1", "2", "3", "4", "11", "22", "103"].map { try message.format(["place": .number($0)]) }
            == ["1st", "2nd", "3rd", "4th", "11th", "22nd", "103rd"])
    }

    @Test(pinnedICU)
    func formatsNumberAndDateArgumentsInTheMessagesZone() throws {
        let pattern = "{total, number, ::currency/EUR} · {when, date, ::yMMMMd} {when, time, short} · {share, number, percent}"
        let message = try MessageFormat(pattern, locale: try locale("de-DE"), timeZone: try TimeZoneID("Europe/Berlin"))
        let text = try message.format([
            "total": .number("1234.5"), "when": .date(DateValue(iso8601: "2026-11-25T23:30:00Z")!), "share": 0.25,
        ])
        #expect(visible(text) == visible("1.234,50\u{A0}€ · 26. November 2026 00:30 · 25\u{A0}%"))
    }

    @Test func datesInASimpleArgumentUseTheMessagesZoneToo() throws {
        let message = try MessageFormat("{when}", locale: try locale("en"), timeZone: try TimeZoneID("Asia/Tokyo"))
        let text = try message.format(["when": .date(DateValue(iso8601: "2026-11-25T23:30:00Z")!)])
        #expect(text.hasPrefix("11/26/26"))
    }

    @Test(arguments: [
        ("l''{name}", "l'Ana"),
        ("'{'literal'}'", "{literal}"),
        ("I'm {name}", "I'm Ana"),
        ("'{name}' is quoted", "{name} is quoted"),
        ("It''s {name}''s", "It's Ana's"),
        ("{n, plural, other {'#' is # here}}", "# is 3 here"),
    ])
    func followsApostropheQuoting(pattern: String, expected: String) throws {
        let message = try MessageFormat(pattern, locale: try locale("fr"))
        #expect(try message.format(["name": "Ana", "n": 3]) == expected)
    }

    @Test func rejectsTheFrenchApostropheThatICUWouldSilentlySwallow() throws {
        // ICU formats "l'{name}" as "l{name}": the apostrophe quotes the rest of the message.
        #expect {
            try MessageFormat("Ajouter à l'{name}", locale: try locale("fr"))
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.code == .messageSyntax && error.offset == 11
                && error.message.hasPrefix("unterminated quoted literal")
        }
    }

    @Test(arguments: [
        ("{count, plural, one {# item} other {# items}", 0),
        ("Hello {name", 6),
        ("Hello }", 6),
        ("{n, plural, one {x} one {y} other {z}}", 20),
        ("{n, plural, one {x}}", 4),
        ("{n, foo}", 4),
        ("Привет, {имя", 8),
        ("{a} {b, select, x {1} other {2}} {c, plural, =1 {one} other {# {d}}", 33),
    ])
    func locatesSyntaxErrors(pattern: String, offset: Int) throws {
        #expect {
            try MessageFormat(pattern, locale: try locale("en"))
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.code == .messageSyntax && error.offset == offset
        }
    }

    @Test func namesTheArgumentWhenAPluralIsGivenText() throws {
        let message = try MessageFormat(Self.russianItems, locale: try locale("ru"))
        #expect {
            try message.format(["count": "many"])
        } throws: { error in
            (error as? ICUError)?.message
                == "argument 'count' is used as a number (plural, selectordinal or number) but was given the text 'many'"
        }
    }

    @Test func namesAMissingArgument() throws {
        let message = try MessageFormat("Hi {name}", locale: try locale("en"))
        #expect {
            try message.format([:])
        } throws: { error in
            (error as? ICUError)?.message == "the message uses the argument 'name' but none was given"
        }
    }

    @Test func rejectsANumberForADate() throws {
        let message = try MessageFormat("{d, date, short}", locale: try locale("en"))
        #expect {
            try message.format(["d": 3])
        } throws: { error in
            (error as? ICUError)?.message == "argument 'd' is used as a date but was given the number 3"
        }
    }

    @Test func infersArgumentTypesFromText() {
        #expect(MessageValue(inferringTypeOf: "21") == .number("21"))
        #expect(MessageValue(inferringTypeOf: "-1.50") == .number("-1.50"))
        #expect(MessageValue(inferringTypeOf: "2026-11-25") == .date(DateValue(iso8601: "2026-11-25")!))
        #expect(MessageValue(inferringTypeOf: "Ana") == .string("Ana"))
        #expect(MessageValue(inferringTypeOf: "+41") == .string("+41"))
    }

    @Test func aRepeatedFormatGivesWhatICUGaveTheFirstTime() throws {
        let message = try MessageFormat(Self.russianItems, locale: try locale("ru-RU"))
        // More distinct values than the message keeps texts for: the first are kept, the rest are formatted
        // every time, and each call's text is ICU's for its own value.
        let counts = (0..<600).map { String($0 % 300) }
        let texts = try counts.map { try message.format(values: [.number($0)]) }
        #expect(texts[1] == "1 товар" && texts[301] == "1 товар")
        #expect(texts[2] == "2 товара" && texts[299] == "299 товаров" && texts[599] == "299 товаров")
        #expect(texts[22] == "22 товара" && texts[322] == texts[22])
    }

    @Test func aNegativeZeroIsNotTakenForZero() throws {
        let message = try MessageFormat("{n, number}", locale: try locale("en"))
        #expect(try message.format(values: [.double(0.0)]) == "0")
        #expect(try message.format(values: [.double(-0.0)]) == "-0")
        #expect(try message.format(values: [.number("-0")]) == "-0")
        #expect(try message.format(values: [.number("0")]) == "0")
    }
}

struct MessageFormatOrderedValuesTests {
    @Test func formatsValuesInTheOrderOfTheSortedArgumentNames() throws {
        let message = try MessageFormat("{who} bought {count, plural, one {# item} other {# items}}", locale: try locale("en"))
        #expect(message.argumentNames == ["count", "who"])
        #expect(try message.format(values: [3, "Ana"]) == "Ana bought 3 items")
    }

    @Test func rejectsTheWrongNumberOfValues() throws {
        let message = try MessageFormat("{a} {b}", locale: try locale("en"))
        #expect {
            try message.format(values: ["x"])
        } throws: { error in
            (error as? ICUError)?.message == "the message takes 2 arguments (a, b) but was given 1"
        }
    }

    @Test func namesTheFirstMissingArgumentByName() throws {
        let message = try MessageFormat("{zeta} {alpha} {mid}", locale: try locale("en"))
        for _ in 0..<5 {
            #expect {
                try message.format([:])
            } throws: { error in
                (error as? ICUError)?.message == "the message uses the argument 'alpha' but none was given"
            }
        }
    }
}
