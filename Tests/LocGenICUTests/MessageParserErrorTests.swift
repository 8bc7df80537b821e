import Testing

@testable import LocGenICU

struct MessageParserErrorTests {
    /// Parses `source` and returns the error it must throw.
    func syntaxError(_ source: String) throws -> MessageSyntaxError {
        try #require(throws: MessageSyntaxError.self) { try MessageParser.parse(source) }
    }

    @Test(arguments: [
        ("l'{name}", 1),
        ("{n, plural, other {'# items}}", 19),
        ("a '} b", 2),
    ])
    func rejectsUnterminatedQuoteAtItsApostrophe(source: String, offset: Int) throws {
        let message =
            "unterminated quoted literal: this apostrophe quotes everything to the end of the message; "
            + "write '' for an apostrophe, or use ’"
        #expect(try syntaxError(source) == MessageSyntaxError(.unterminatedQuote, offset: offset, message: message))
    }

    @Test(arguments: [("Hello }", 6), ("{n, plural, other {x}}}", 22)])
    func rejectsStrayClosingBrace(source: String, offset: Int) throws {
        let message = "unmatched '}'; remove it, or quote a literal brace as '}'"
        #expect(try syntaxError(source) == MessageSyntaxError(.unmatchedBrace, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{name", 0),
        ("Hello {name", 6),
        ("Привет {", 7),
        ("Привет {name, number, integer", 7),
        ("{n, plural, one {x} other {y}", 0),
        ("{n, choice, 0#a|1#b", 0),
        (String(repeating: "{a, select, other {", count: 5) + "x" + String(repeating: "}}", count: 5).dropLast(), 0),
    ])
    func reportsUnclosedArgumentAtItsBrace(source: String, offset: Int) throws {
        let message = "unclosed '{'; add the missing '}', or quote a literal brace as '{'"
        #expect(try syntaxError(source) == MessageSyntaxError(.unclosedBrace, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{a, select, other {{b, select, other {x}}", 18),
        (String(repeating: "{a, select, other {", count: 5) + "{x, select, other {y", 113),
    ])
    func reportsUnclosedCaseAtItsBrace(source: String, offset: Int) throws {
        let message = "unclosed '{' of select case 'other'; add the missing '}'"
        #expect(try syntaxError(source) == MessageSyntaxError(.unclosedBrace, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{n, plural, one {a} one {b} other {c}}", 20, "duplicate plural case 'one'"),
        ("{n, plural, =1 {a} =1.0 {b} other {c}}", 19, "duplicate plural case '=1.0'"),
        ("{n, selectordinal, few {a} other {b} few {c}}", 37, "duplicate selectordinal case 'few'"),
        ("{g, select, male {a} male {b} other {c}}", 21, "duplicate select case 'male'"),
    ])
    func rejectsDuplicateCaseAtSecondSelector(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.duplicateCase, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{n, plural, one {a}}", 4, "plural is missing the required 'other' case"),
        ("{n, plural, }", 4, "plural is missing the required 'other' case"),
        ("{g, select, Other {a}}", 4, "select is missing the required 'other' case"),
        ("{n, selectordinal, one {a}}", 4, "selectordinal is missing the required 'other' case"),
        ("\u{1F44B}\u{1F3FD} {n, plural, one {x}}", 7, "plural is missing the required 'other' case"),
    ])
    func reportsMissingOtherCaseAtTypeKeyword(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.missingOtherCase, offset: offset, message: message))
    }

    @Test func rejectsUnknownArgumentTypeAtTheType() throws {
        let message =
            "unknown argument type 'foo'; expected number, date, time, spellout, ordinal, duration, plural, "
            + "select, selectordinal or choice"
        #expect(try syntaxError("{a, foo}") == MessageSyntaxError(.invalidArgumentType, offset: 4, message: message))
    }

    @Test(arguments: [
        ("{}", 0, "empty argument '{}'; write a name such as {count}, or quote a literal brace as '{'"),
        ("{first name}", 6, "argument name 'first name' must not contain spaces; use letters, digits and '_'"),
        ("{a-b}", 2, "argument name 'a-b' must not contain '-'; use letters, digits and '_'"),
        ("{a.b, number}", 2, "argument name 'a.b' must not contain '.'; use letters, digits and '_'"),
        ("{01}", 1, "argument number '01' must not start with 0"),
        ("{40000}", 1, "argument number '40000' is too large; the largest is 32767"),
        ("{, number}", 1, "missing argument name before ','"),
        ("{{", 1, "expected an argument name after '{', found '{'; quote a literal brace as '{'"),
    ])
    func rejectsBadArgumentName(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.invalidArgumentName, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{n, }", 4, "missing argument type after ','; expected \(MessageSyntaxError.argumentTypeList)"),
        ("{n, 5}", 4, "expected an argument type (\(MessageSyntaxError.argumentTypeList)), found '5'"),
        ("{n, number integer}", 11, "expected ',' or '}' after 'number', found 'i'"),
        ("{n, number\u{A0}, integer}", 10, "expected ',' or '}' after 'number', found U+00A0"),
    ])
    func rejectsMalformedArgumentType(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.invalidArgumentType, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{n, plural}", "plural argument 'n' needs cases, as in {n, plural, one {…} other {…}}"),
        ("{g, select}", "select argument 'g' needs cases, as in {g, select, female {…} other {…}}"),
        ("{n, choice, }", "choice argument 'n' needs a style, as in {n, choice, 0#…|1#…|1<…}"),
    ])
    func rejectsComplexArgumentWithoutStyle(source: String, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.missingStyle, offset: 4, message: message))
    }

    @Test(arguments: [
        ("{n, plural, =x {a} other {b}}", 12, "'=' must be followed by a number, as in =0"),
        ("{n, plural, =1-2 {a} other {b}}", 13, "invalid number '1-2' after '='; write a number such as =0"),
        ("{n, plural, one # item other {b}}", 16, "expected '{' after plural case 'one', found '#'"),
        ("{n, plural, % {a}}", 12, "expected a plural case such as 'one', 'other' or '=0', found '%'"),
        ("{n, plural, One {a} other {b}}", 12, "invalid plural case 'One'; use zero, one, two, few, many, other or =N"),
        ("{g, select, =1 {a} other {b}}", 12, "expected a select key such as 'female' or 'other', found '='"),
        ("{g, select, male}", 16, "expected '{' after select case 'male', found '}'"),
    ])
    func rejectsMalformedCase(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.invalidCase, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{n, plural, one {a} offset:1 other {b}}", 20, "'offset:' must come before the first plural case"),
        ("{n, plural, offset:1 offset:2 other {b}}", 21, "'offset:' must come before the first plural case"),
        ("{n, plural, offset:x other {b}}", 19, "missing number after 'offset:'; write a number such as offset:1"),
        ("{n, plural, offset:1.2.3 other {b}}", 19, "invalid offset '1.2.3'; write a number such as offset:1"),
    ])
    func rejectsMalformedOffset(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.invalidOffset, offset: offset, message: message))
    }

    @Test(arguments: [
        ("{n, choice, x#a}", 12, "expected a number in choice style, found 'x'"),
        ("{n, choice, 1x}", 13, "expected '#', '<' or '≤' after a choice limit, found 'x'"),
        ("{n, choice, 1e#a}", 12, "invalid number '1e' in choice style"),
    ])
    func rejectsMalformedChoice(source: String, offset: Int, message: String) throws {
        #expect(try syntaxError(source) == MessageSyntaxError(.invalidChoice, offset: offset, message: message))
    }

    @Test func rejectsUnterminatedQuoteInStyle() throws {
        let message = "unterminated quote in argument style; add the closing apostrophe, or write '' for an apostrophe"
        #expect(
            try syntaxError("{d, date, 'at HH:mm}")
                == MessageSyntaxError(.unterminatedQuote, offset: 10, message: message)
        )
    }

    @Test func acceptsSixtyFourNestedLevelsAndRejectsTheNext() throws {
        let levels = MessageParser.maxNestingDepth
        let allowed = String(repeating: "{a,select,other{", count: levels) + String(repeating: "}}", count: levels)
        #expect(try MessageParser.parse(allowed).arguments.count == levels)
        let tooDeep =
            String(repeating: "{a,select,other{", count: levels + 1) + String(repeating: "}}", count: levels + 1)
        let message = "messages are nested more than 64 levels deep"
        #expect(try syntaxError(tooDeep) == MessageSyntaxError(.nestingTooDeep, offset: 16 * 64 + 15, message: message))
    }

    @Test(arguments: [true, false])
    func rejectsNestingBombWithoutOverflowingTheStack(isClosed: Bool) throws {
        let count = 100_000
        let source =
            String(repeating: "{a,select,other{", count: count)
            + (isClosed ? String(repeating: "}}", count: count) : "")
        let error = try syntaxError(source)
        #expect(error.code == .nestingTooDeep)
        #expect(error.offset == 16 * 64 + 15)
    }

    @Test func rejectsBraceBombAtSecondBrace() throws {
        #expect(try syntaxError(String(repeating: "{", count: 100_000)).offset == 1)
    }

    @Test func describesErrorWithItsOffset() throws {
        #expect(
            try syntaxError("Привет {").description
                == "offset 7: unclosed '{'; add the missing '}', or quote a literal brace as '{'"
        )
    }
}
