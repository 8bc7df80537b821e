import Testing

@testable import LocGenKit

extension CatalogTests {
    struct JSONValueParserTests {
        private func parse(_ json: String) throws(JSONSyntaxError) -> CatalogNode {
            try JSONValueParser.parse(Array(json.utf8), from: .start)
        }

        private func failure(_ json: String) -> (message: String, at: String)? {
            do {
                _ = try parse(json)
                return nil
            } catch {
                return (error.message, "\(error.position.line):\(error.position.column)")
            }
        }

        @Test(arguments: ["0", "-0", "129.90", "1e3", "1E+3", "-2.5e-10", "12345678901234567890.12345678901234567890"])
        func keepsNumbersAsWritten(json: String) throws {
            guard case .number(let text) = try parse(json).value else {
                Issue.record("not a number")
                return
            }
            #expect(text == json)
        }

        @Test(arguments: ["01", "1.", ".5", "-", "1e", "+1", "1.2.3", "0x10", "12abc"])
        func rejectsMalformedNumbers(json: String) {
            #expect(
                failure(json)?.message == "invalid JSON: '\(json)' is not a number; write it like 129.90 or \"129.90\""
            )
        }

        @Test func decodesEveryEscapeAndSurrogatePairs() throws {
            let node = try parse(#""\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 é""#)
            #expect(node.text == "\" \\ / \u{08} \u{0C} \n \r \t é 😀 é")
        }

        @Test(arguments: [
            (
                #""\ud83d""#, "1:2",
                "invalid JSON: a lone surrogate escape; \\uD800–\\uDBFF must be followed by \\uDC00–\\uDFFF"
            ),
            (
                #""\ude00x""#, "1:2",
                "invalid JSON: a lone surrogate escape; \\uD800–\\uDBFF must be followed by \\uDC00–\\uDFFF"
            ),
            (#""\u12g4""#, "1:2", "invalid JSON: '\\u' must be followed by four hex digits"),
            (#""\x""#, "1:2", "invalid JSON: unknown escape '\\x' in a string"),
            ("\"a\nb\"", "1:3", "invalid JSON: a line break inside a string; write it as an escape such as \\n or \\t"),
            (#""open"#, "1:6", "invalid JSON: the string is not closed; add the missing '\"'"),
            ("[1, 2,]", "1:7", "invalid JSON: a ',' before ']'; remove the trailing comma"),
            ("[1 2]", "1:4", "invalid JSON: expected ',' or ']' in a list, found '2'"),
            (#"{"a" 1}"#, "1:6", "invalid JSON: expected ':' after the field name \"a\", found '1'"),
            ("{a: 1}", "1:2", "invalid JSON: expected a field name in double quotes, found 'a'"),
            ("{\"a\": tru}", "1:7", "invalid JSON: 'tru' is not a value; put text in double quotes"),
            ("{} {}", "1:4", "invalid JSON: unexpected '{' after the product's closing '}'"),
            ("{\"a\":", "1:6", "invalid JSON: expected a value, found the end of the product"),
        ])
        func reportsSyntaxErrorsWhereTheyAre(json: String, position: String, message: String) {
            let result = failure(json)
            #expect(result?.message == message)
            #expect(result?.at == position)
        }

        @Test func countsColumnsInUnicodeScalarsAcrossLines() throws {
            let node = try JSONValueParser.parse(
                Array("{\"名前\": \"x\",\n  \"b\": [true, null]}".utf8),
                from: TextPosition(line: 7, column: 3)
            )
            guard case .object(let members) = node.value else {
                Issue.record("not an object")
                return
            }
            #expect(members.map(\.keyPosition) == [TextPosition(line: 7, column: 4), TextPosition(line: 8, column: 3)])
            #expect(
                members.map(\.value.position) == [TextPosition(line: 7, column: 10), TextPosition(line: 8, column: 8)]
            )
        }

        @Test func refusesDeepNesting() {
            let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
            #expect(failure(deep)?.message == "invalid JSON: values are nested more than 64 levels deep")
            #expect(failure(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
        }
    }
}
