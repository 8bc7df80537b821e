import LocGenICU
import LocGenKit
import Testing

struct BundleLoaderTests {
    @Test func flattensNestedKeysToDottedIdsInFileOrder() throws {
        let file = try loadBundle("product:\n  stock_left: Noch {n}\n  seo:\n    title: Titel\ncart.add: Hinzufügen\n")
        #expect(file.problems.isEmpty)
        #expect(file.messages.map(\.key) == ["product.stock_left", "product.seo.title", "cart.add"])
        #expect(file.message("cart.add")?.value == "Hinzufügen")
        #expect(file.locale == (try LocaleID("de")))
        #expect(
            file.lines == ["product:", "  stock_left: Noch {n}", "  seo:", "    title: Titel", "cart.add: Hinzufügen"]
        )
    }

    @Test func joinsKeysThatAreNotTextAsWritten() throws {
        let file = try loadBundle("plural:\n  1: eins\n  yes: ja\n")
        #expect(file.messages.map(\.key) == ["plural.1", "plural.yes"])
    }

    @Test func loadsAnEmptyFileOrOneWithOnlyCommentsAsNoMessages() throws {
        for text in ["", "# nothing yet\n", "---\n"] {
            let file = try loadBundle(text)
            #expect(file.messages.isEmpty)
            #expect(file.problems.isEmpty)
        }
    }

    @Test func keepsAnEmptyQuotedStringAsAnEmptyMessage() throws {
        let file = try loadBundle("a: \"\"\n")
        let message = try #require(file.message("a"))
        #expect(message.value == "")
        // An empty value has only its end: the closing quote.
        #expect(message.at(0) == "1:5")
    }

    @Test func reportsValuesThatAreNotText() throws {
        let yaml = """
            cart:
              count: 3
              price: 1.5
              enabled: yes
              empty:
              tilde: ~
              date: 2024-05-01
              list:
                - a
                - b
              quoted: "3"
              binary: !!binary aGVsbG8=

            """
        let file = try loadBundle(yaml)
        #expect(
            file.problemLines == [
                #"2:10 value-type: value of 'cart.count' is the number 3, not a message; quote it: "3""#,
                #"3:10 value-type: value of 'cart.price' is the number 1.5, not a message; quote it: "1.5""#,
                #"4:12 value-type: value of 'cart.enabled' is the boolean yes, not a message; quote it: "yes""#,
                #"5:3 value-type: value of 'cart.empty' is empty (null); write "" for an empty message"#,
                #"6:10 value-type: value of 'cart.tilde' is empty (null); write "" for an empty message"#,
                #"7:9 value-type: value of 'cart.date' is the date 2024-05-01, not a message; quote it: "2024-05-01""#,
                "9:5 value-type: value of 'cart.list' is a list, not a message; write one text (ICU plural or "
                    + "select can vary it)",
                "12:20 value-type: value of 'cart.binary' has the tag !!binary, so it is not a message; remove the tag",
            ]
        )
        #expect(file.messages.map(\.key) == ["cart.quoted"])
        #expect(file.problems.allSatisfy { $0.severity == .error && $0.locale == "de" })
        #expect(file.problems[0].key == "cart.count")
        #expect(file.problems[0].sourceLine == "  count: 3")
    }

    @Test func reportsADuplicateKeyInOneMappingAtTheSecondPlace() throws {
        let file = try loadBundle("cart:\n  add: Add\n  add: Add again\n")
        #expect(
            file.problemLines == [
                "3:3 duplicate-key: key 'cart.add' is already defined at FILE:2:3; remove one of them"
            ]
        )
        #expect(file.messages.map(\.value) == ["Add"])
        #expect(file.problems[0].key == "cart.add")
    }

    @Test func reportsEveryRepeatOfAKey() throws {
        let file = try loadBundle("a: 1st\na: 2nd\na: 3rd\n\"\": x\n\"\": y\n")
        #expect(
            file.problemLines == [
                "2:1 duplicate-key: key 'a' is already defined at FILE:1:1; remove one of them",
                "3:1 duplicate-key: key 'a' is already defined at FILE:1:1; remove one of them",
                "5:1 duplicate-key: key '' is already defined at FILE:4:1; remove one of them",
            ]
        )
        #expect(file.messages.map(\.value) == ["1st", "x"])
    }

    @Test func reportsEveryDuplicateOfAFileWrittenTwice() throws {
        let once = (0..<300).map { "key\($0): Text \($0)\n" }.joined()
        let file = try loadBundle(once + once)
        #expect(file.messages.count == 300)
        #expect(file.problems.count == 300)
        #expect(
            file.problemLines.last
                == "600:1 duplicate-key: key 'key299' is already defined at FILE:300:1; remove one of them"
        )
    }

    @Test func leavesAQuotedLineThatLooksLikeADuplicateKeyAlone() throws {
        let file = try loadBundle("a: x\nb: \"multi\na: not a key\"\na: y\n")
        #expect(file.message("b")?.value == "multi a: not a key")
        #expect(file.problemLines == ["4:1 duplicate-key: key 'a' is already defined at FILE:1:1; remove one of them"])
    }

    @Test func treatsFlatDottedAndNestedKeysAsTheSameKey() throws {
        let file = try loadBundle("cart.add: Flat\ncart:\n  add: Nested\n")
        #expect(
            file.problemLines == [
                "3:3 duplicate-key: key 'cart.add' is already defined at FILE:1:1; remove one of them"
            ]
        )
        #expect(file.message("cart.add")?.value == "Flat")
    }

    @Test func asksToMergeAMappingWrittenTwice() throws {
        let file = try loadBundle("cart:\n  add: A\ncart:\n  remove: R\n  add: B\n")
        #expect(
            file.problemLines == [
                "3:1 duplicate-key: key 'cart' is already defined at FILE:1:1; merge the two into one",
                "5:3 duplicate-key: key 'cart.add' is already defined at FILE:2:3; remove one of them",
            ]
        )
        #expect(file.messages.map(\.key) == ["cart.add", "cart.remove"])
    }

    @Test func reportsADuplicateKeyInJSON() throws {
        let file = try loadBundle(#"{"a": "x", "a": "y"}"#, named: "de.json")
        #expect(file.problemLines == ["1:12 duplicate-key: key 'a' is already defined at FILE:1:2; remove one of them"])
    }

    @Test func resolvesAliasesAndMergeKeys() throws {
        let yaml = """
            defaults: &defaults
              add: Add
              remove: Remove
            de:
              <<: *defaults
              add: Hinzufügen
            shared: &s "Teilen {n}"
            share: *s

            """
        let file = try loadBundle(yaml)
        #expect(file.problems.isEmpty)
        #expect(
            file.messages.map { "\($0.key)=\($0.value)" } == [
                "defaults.add=Add", "defaults.remove=Remove", "de.add=Hinzufügen", "de.remove=Remove",
                "shared=Teilen {n}", "share=Teilen {n}",
            ]
        )
        // A merged message is where its text is written: in the anchored mapping.
        #expect(file.message("de.remove")?.keyLocation.description == "\(file.path):3:3")
        #expect(file.message("de.remove")?.at(0) == "3:11")
    }

    @Test func reportsAJSONFileThatIsNotStrictJSON() throws {
        let file = try loadBundle("a: b\n", named: "de.json")
        #expect(
            file.problemLines == [
                "1:1 parse-error: invalid JSON: a bundle must be one JSON object, written in '{' and '}'",
                #"1:1 parse-error: invalid JSON: keys are written in double quotes: "a""#,
                #"1:4 parse-error: invalid JSON: b is not a JSON value; put text in double quotes: "b""#,
            ]
        )
        let numbers = try loadBundle(#"{"count": 3, "name": 'x'}"#, named: "de.json")
        #expect(
            numbers.problemLines == [
                #"1:11 value-type: value of 'count' is the number 3, not a message; quote it: "3""#,
                "1:22 parse-error: invalid JSON: JSON strings are written in double quotes, not "
                    + "single quotes",
            ]
        )
    }

    @Test func reportsAFileThatIsNotAMapping() throws {
        let file = try loadBundle("- a\n- b\n")
        #expect(
            file.problemLines == [
                "1:1 parse-error: the file holds a list, not a mapping of keys to messages; write one "
                    + "'key: message' per line"
            ]
        )
    }

    @Test func reportsAKeyThatIsAListOrMapping() throws {
        let file = try loadBundle("? [a, b]\n: x\nok: y\n")
        #expect(
            file.problemLines == [
                "1:3 parse-error: a key must be text, but this one is a list; write keys as plain words such as 'cart'"
            ]
        )
        #expect(file.messages.map(\.key) == ["ok"])
    }
}
