import Testing

@testable import LocGenICU

struct MessageParserTests {
    // MARK: Text and simple arguments

    @Test func parsesPlainText() throws {
        let pattern = try MessageParser.parse("Hello, world!")
        #expect(
            pattern
                == MessagePattern(source: "Hello, world!", nodes: [.text("Hello, world!", range: 0..<13)], quotes: [])
        )
    }

    @Test func parsesEmptyPatternAsNoNodes() throws {
        #expect(try MessageParser.parse("").nodes == [])
    }

    @Test func parsesSimpleArgumentBetweenText() throws {
        let pattern = try MessageParser.parse("Hi {name}!")
        let name = MessageArgument(name: "name", nameRange: 4..<8, range: 3..<9, kind: .simple)
        #expect(pattern.nodes == [.text("Hi ", range: 0..<3), .argument(name), .text("!", range: 9..<10)])
    }

    @Test func allowsPatternWhiteSpaceAroundNamesCommasAndTypes() throws {
        let pattern = try MessageParser.parse("{ n ,\tnumber\u{200E}, integer\n}{\u{2028}d\u{85},\u{200F}date\u{2029}}")
        let arguments = pattern.arguments
        #expect(arguments.map(\.kind) == [.number(style: "integer"), .date(style: nil)])
        #expect(arguments.map(\.nameRange) == [2..<3, 26..<27])
        #expect(arguments.map(\.range) == [0..<24, 24..<36])
    }

    @Test(arguments: [
        ("{n, number}", MessageArgument.Kind.number(style: nil)),
        ("{n, number, integer}", .number(style: "integer")),
        ("{n, number, ::currency/EUR}", .number(style: "::currency/EUR")),
        ("{n, number, #,##0.00}", .number(style: "#,##0.00")),
        ("{n, number,   }", .number(style: nil)),
        ("{n, NUMBER, Percent}", .number(style: "Percent")),
        ("{d, date, short}", .date(style: "short")),
        ("{d, date, ::yMMMd}", .date(style: "::yMMMd")),
        ("{t, time, 'at' HH:mm}", .time(style: "'at' HH:mm")),
        ("{t, time, {nested}}", .time(style: "{nested}")),
        ("{n, spellout}", .spellout(style: nil)),
        ("{n, ordinal, %digits-ordinal}", .ordinal(style: "%digits-ordinal")),
        ("{n, duration}", .duration(style: nil)),
        ("{n, choice, 0#none|1#I'm one|1<many}", .choice(style: "0#none|1#I'm one|1<many")),
    ])
    func readsArgumentTypeAndTrimmedStyle(source: String, kind: MessageArgument.Kind) throws {
        let pattern = try MessageParser.parse(source)
        let count = source.unicodeScalars.count
        let name = String(source.dropFirst().prefix(1))
        #expect(
            pattern.nodes == [.argument(MessageArgument(name: name, nameRange: 1..<2, range: 0..<count, kind: kind))]
        )
    }

    // MARK: Plural, select, selectordinal

    @Test func parsesPluralWithOffsetExactValueAndPound() throws {
        let source = "{n, plural, offset:1 =0 {none} one {# item} other {# items}}"
        let pattern = try MessageParser.parse(source)
        let plural = PluralSelector(
            offset: 1,
            offsetRange: 19..<20,
            cases: [
                PluralCase(
                    selector: .exact("0"),
                    selectorRange: 21..<23,
                    message: [.text("none", range: 25..<29)],
                    messageRange: 25..<29
                ),
                PluralCase(
                    selector: .keyword("one"),
                    selectorRange: 31..<34,
                    message: [.pound(range: 36..<37), .text(" item", range: 37..<42)],
                    messageRange: 36..<42
                ),
                PluralCase(
                    selector: .keyword("other"),
                    selectorRange: 44..<49,
                    message: [.pound(range: 51..<52), .text(" items", range: 52..<58)],
                    messageRange: 51..<58
                ),
            ]
        )
        let argument = MessageArgument(name: "n", nameRange: 1..<2, range: 0..<60, kind: .plural(plural))
        #expect(pattern == MessagePattern(source: source, nodes: [.argument(argument)], quotes: []))
    }

    @Test func parsesSelectordinalKeywordsInOrder() throws {
        let pattern = try MessageParser.parse("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}")
        guard case .selectordinal(let selector) = try #require(pattern.arguments.first).kind else {
            Issue.record("expected a selectordinal argument")
            return
        }
        #expect(
            selector.cases.map(\.selector) == [.keyword("one"), .keyword("two"), .keyword("few"), .keyword("other")]
        )
        #expect(selector.offsetRange == nil)
        #expect(selector.cases[0].message == [.pound(range: 24..<25), .text("st", range: 25..<27)])
    }

    @Test func parsesPluralNestedInSelect() throws {
        let source = "{g, select, female {{n, plural, one {she has # cat} other {she has # cats}}} other {they}}"
        let pattern = try MessageParser.parse(source)
        guard case .select(let cases) = try #require(pattern.arguments.first).kind else {
            Issue.record("expected a select argument")
            return
        }
        #expect(cases.map(\.key) == ["female", "other"])
        #expect(cases.map(\.keyRange) == [12..<18, 77..<82])
        #expect(cases[1].message == [.text("they", range: 84..<88)])
        guard case .argument(let inner) = try #require(cases[0].message.first),
            case .plural(let plural) = inner.kind
        else {
            Issue.record("expected a plural inside the female case")
            return
        }
        #expect(inner.range == 20..<75)
        #expect(
            plural.cases[0].message == [
                .text("she has ", range: 37..<45), .pound(range: 45..<46), .text(" cat", range: 46..<50),
            ]
        )
    }

    @Test func treatsPoundInSelectInsidePluralAsText() throws {
        // ICU replaces `#` only directly inside a plural case, not in a select nested in one.
        let pattern = try MessageParser.parse("{n, plural, other {{g, select, other {# x}}}}")
        guard case .select(let cases) = pattern.arguments[1].kind else {
            Issue.record("expected the nested select")
            return
        }
        #expect(cases[0].message == [.text("# x", range: 38..<41)])
    }

    @Test func treatsPoundOutsidePluralAsText() throws {
        #expect(try MessageParser.parse("# of {n}").nodes.first == .text("# of ", range: 0..<5))
    }

    @Test func treatsQuotedPoundInPluralAsText() throws {
        let pattern = try MessageParser.parse("{n, plural, other {'#' is #}}")
        guard case .plural(let plural) = pattern.arguments[0].kind else {
            Issue.record("expected a plural")
            return
        }
        #expect(plural.cases[0].message == [.text("# is ", range: 19..<26), .pound(range: 26..<27)])
        #expect(pattern.quotes == [QuotedLiteral(range: 19..<22, isTerminated: true, text: "#")])
    }

    @Test func keepsApostrophesAroundPoundAtTopLevel() throws {
        let pattern = try MessageParser.parse("'#'")
        #expect(pattern.nodes == [.text("'#'", range: 0..<3)])
        #expect(pattern.quotes == [])
    }

    // MARK: Apostrophes

    @Test(arguments: [
        ("I'm here", "I'm here"),
        ("it''s", "it's"),
        ("'{'literal'}'", "{literal}"),
        ("'{literal}'", "{literal}"),
        ("'{it''s}'", "{it's}"),
        ("l'{name}' !", "l{name} !"),
        ("'a' and 'b'", "'a' and 'b'"),
        ("end'", "end'"),
        ("''''", "''"),
    ])
    func unquotesLiteralText(source: String, text: String) throws {
        let pattern = try MessageParser.parse(source)
        #expect(pattern.nodes == [.text(text, range: 0..<source.unicodeScalars.count)])
    }

    @Test func recordsEveryQuotedLiteral() throws {
        let pattern = try MessageParser.parse("'{'literal'}' and '{it''s}'")
        #expect(
            pattern.quotes == [
                QuotedLiteral(range: 0..<3, isTerminated: true, text: "{"),
                QuotedLiteral(range: 10..<13, isTerminated: true, text: "}"),
                QuotedLiteral(range: 18..<27, isTerminated: true, text: "{it's}"),
            ]
        )
    }

    @Test func readsDoubledApostropheBeforeArgument() throws {
        let pattern = try MessageParser.parse("l''{name}")
        let name = MessageArgument(name: "name", nameRange: 4..<8, range: 3..<9, kind: .simple)
        #expect(pattern.nodes == [.text("l'", range: 0..<3), .argument(name)])
    }

    @Test func recordsQuotesInsideCases() throws {
        let pattern = try MessageParser.parse("{g, select, other {'{'x'}'}}")
        #expect(pattern.quotes.map(\.range) == [19..<22, 23..<26])
    }

    // MARK: Argument summary

    @Test func listsArgumentsDepthFirstInSourceOrder() throws {
        let source =
            "{n, plural, one {{name} has # {item}} other {{name} has # {item}s}} {d, date} "
            + "{g, select, other {{n, number}}}"
        let pattern = try MessageParser.parse(source)
        #expect(pattern.arguments.map(\.name) == ["n", "name", "item", "name", "item", "d", "g", "n"])
        #expect(pattern.arguments.map(\.range.lowerBound) == [0, 17, 30, 45, 58, 68, 78, 97])
        #expect(pattern.argumentTypes == ["n": .number, "name": .any, "item": .any, "d": .date, "g": .string])
        #expect(pattern.argumentTypeConflicts == [])
    }

    @Test func firstTypedUseWinsAndLaterConflictsAreListed() throws {
        let pattern = try MessageParser.parse("{x} {x, number} {x, date} {x, select, other {}} {y} {y, time}")
        #expect(pattern.argumentTypes == ["x": .number, "y": .date])
        #expect(pattern.argumentTypeConflicts.map(\.range) == [16..<25, 26..<47])
    }

    @Test(arguments: [
        ("{a}", MessageArgumentType.any),
        ("{a, spellout}", .number),
        ("{a, ordinal}", .number),
        ("{a, duration}", .number),
        ("{a, choice, 0#x}", .number),
        ("{a, selectordinal, other {#}}", .number),
        ("{a, time}", .date),
        ("{a, select, other {x}}", .string),
    ])
    func mapsEachKindToItsValueType(source: String, type: MessageArgumentType) throws {
        #expect(try MessageParser.parse(source).argumentTypes == ["a": type])
    }

    // MARK: Names, limits and robustness

    @Test(arguments: ["{0}", "{1a}", "{_x}", "{ключ}", "{32767}", "{ n }", "{名前}"])
    func acceptsICUArgumentNames(source: String) throws {
        let name = source.unicodeScalars.filter { $0 != "{" && $0 != "}" && $0 != " " }
        #expect(try MessageParser.parse(source).arguments.map(\.name) == [String(name)])
    }

    @Test func parsesTwentyNestedLevels() throws {
        let source = String(repeating: "{a, select, other {", count: 20) + "deep" + String(repeating: "}}", count: 20)
        let pattern = try MessageParser.parse(source)
        #expect(pattern.arguments.count == 20)
        #expect(pattern.arguments.last?.range == 19 * 19..<source.unicodeScalars.count - 19 * 2)
    }

    @Test func parsesLongPatternInLinearTime() throws {
        let source = String(repeating: "x {a} '{'y'}' ", count: 20_000)
        let pattern = try MessageParser.parse(source)
        #expect(pattern.arguments.count == 20_000)
        #expect(pattern.quotes.count == 40_000)
    }

    @Test func neverCrashesOnRandomPatterns() {
        let pieces = [
            "{", "}", "'", "''", "#", "|", ",", "a", " ", "=", "1", "plural", "select", "other", "offset:",
            "number", "choice", "é", "😀", "\n", "::", "<",
        ]
        var random = SeededRandom(seed: 42)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0..<24, using: &random)
            let source = (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
            do {
                let pattern = try MessageParser.parse(source)
                #expect(pattern.arguments.allSatisfy { $0.range.upperBound <= source.unicodeScalars.count })
            } catch {
                #expect((0...source.unicodeScalars.count).contains(error.offset), "\(source)")
            }
        }
    }
}

/// A reproducible generator (SplitMix64), so a failing random pattern can be replayed.
private struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
