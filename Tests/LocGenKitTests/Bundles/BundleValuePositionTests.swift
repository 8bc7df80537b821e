import LocGenKit
import Testing

/// Every offset in a decoded value maps to the line and column (in Unicode scalars) where the
/// translator wrote that character, for each way YAML and JSON can write a string.
struct BundleValuePositionTests {
    @Test func placesPlainScalarCharactersAfterNonASCIILetters() throws {
        let file = try loadBundle("product:\n  title: Größe {n}\n")
        let message = try #require(file.message("product.title"))
        #expect(message.value == "Größe {n}")
        #expect(message.at(0) == "2:10")
        #expect(message.at(6) == "2:16")
        #expect(message.at(9) == "2:19")
        #expect(message.keyLocation == SourceLocation(file: file.path, line: 2, column: 3))
        #expect(message.valueLocation == SourceLocation(file: file.path, line: 2, column: 10))
    }

    @Test func countsCJKAndEmojiAsOneColumnPerScalar() throws {
        let file = try loadBundle("ja: \"🎉 セール {count}\"\ndev: 👩‍💻 {name}\n")
        #expect(try #require(file.message("ja")).at(6) == "1:12")
        // The emoji is three scalars (woman, zero-width joiner, laptop).
        #expect(try #require(file.message("dev")).at(4) == "2:10")
    }

    @Test func placesDoubleQuotedEscapesAtTheirBackslash() throws {
        let file = try loadBundle("cart:\n  add: \"Add \\\"{item}\\\" to cart\\n{count}\"\n")
        let message = try #require(file.message("cart.add"))
        #expect(message.value == "Add \"{item}\" to cart\n{count}")
        #expect(message.at(0) == "2:9")
        #expect(message.at(4) == "2:13")
        #expect(message.at(5) == "2:15")
        #expect(message.at(11) == "2:21")
        #expect(message.at(12) == "2:23")
        #expect(message.at(20) == "2:31")
        #expect(message.at(21) == "2:33")
        #expect(message.at(28) == "2:40")
    }

    @Test func placesHexAndUnicodeEscapes() throws {
        let file = try loadBundle("a: \"caf\\u00e9 \\x41 \\U0001F600!\"\n")
        let message = try #require(file.message("a"))
        #expect(message.value == "café A 😀!")
        #expect([3, 4, 5, 6, 7, 8, 9].map(message.at) == ["1:8", "1:14", "1:15", "1:19", "1:20", "1:30", "1:31"])
    }

    @Test func foldsDoubleQuotedLinesAndPlacesTheFoldAtTheLineBreak() throws {
        let file = try loadBundle("msg: \"first line\n  second  line\n\n  third\"\n")
        let message = try #require(file.message("msg"))
        #expect(message.value == "first line second  line\nthird")
        #expect([10, 11, 17, 18, 23, 24, 29].map(message.at) == ["1:17", "2:3", "2:9", "2:10", "3:1", "4:3", "4:8"])
    }

    @Test func joinsAnEscapedLineBreakWithoutASpace() throws {
        let file = try loadBundle("k: \"abc\\\n  def\"\n")
        let message = try #require(file.message("k"))
        #expect(message.value == "abcdef")
        #expect([0, 2, 3, 5, 6].map(message.at) == ["1:5", "1:7", "2:3", "2:5", "2:6"])
    }

    @Test func placesSingleQuotedDoubledApostrophesAtTheFirstOne() throws {
        let file = try loadBundle("k: 'It''s {n} o''clock'\nm: 'one\n  two'\n")
        let message = try #require(file.message("k"))
        #expect(message.value == "It's {n} o'clock")
        #expect([2, 3, 5, 10, 11, 16].map(message.at) == ["1:7", "1:9", "1:11", "1:16", "1:18", "1:23"])
        let folded = try #require(file.message("m"))
        #expect(folded.value == "one two")
        #expect([0, 3, 4, 7].map(folded.at) == ["2:5", "2:8", "3:3", "3:6"])
    }

    @Test func foldsMultiLinePlainScalars() throws {
        let file = try loadBundle("intro: Welcome to\n  our shop,   {name}\n\n  enjoy\nnext: x\n")
        let message = try #require(file.message("intro"))
        #expect(message.value == "Welcome to our shop,   {name}\nenjoy")
        #expect(
            [0, 10, 11, 14, 20, 23, 29, 30, 35].map(message.at)
                == ["1:8", "1:18", "2:3", "2:6", "2:12", "2:15", "3:1", "4:3", "4:8"]
        )
    }

    @Test func placesLiteralBlockLinesWithTheirExtraIndentation() throws {
        let yaml = "body: |\n  Line one {a}\n    indented\n\n  last\ntail: x\n"
        let file = try loadBundle(yaml)
        let message = try #require(file.message("body"))
        #expect(message.value == "Line one {a}\n  indented\n\nlast\n")
        #expect(
            [0, 9, 12, 13, 15, 23, 24, 25, 29, 30].map(message.at)
                == ["2:3", "2:12", "2:15", "3:3", "3:5", "3:13", "4:1", "5:3", "5:7", "6:1"]
        )
        let stripped = try #require(try loadBundle(yaml.replacing("|", with: "|-")).message("body"))
        #expect(stripped.value == "Line one {a}\n  indented\n\nlast")
        #expect(stripped.at(25) == "5:3")
        #expect(stripped.at(29) == "5:7")
    }

    @Test func followsAnIndentationIndicator() throws {
        let file = try loadBundle("k: |2\n    two extra\n   one extra\n")
        let message = try #require(file.message("k"))
        #expect(message.value == "  two extra\n one extra\n")
        #expect([0, 2, 11, 12, 13].map(message.at) == ["2:3", "2:5", "2:14", "3:3", "3:4"])
    }

    @Test func foldsFoldedBlocksButKeepsMoreIndentedLines() throws {
        let yaml = "desc: >\n  Fold these\n  two lines.\n\n  New para\n    kept indented\n  back\nend: x\n"
        let file = try loadBundle(yaml)
        let message = try #require(file.message("desc"))
        #expect(message.value == "Fold these two lines.\nNew para\n  kept indented\nback\n")
        #expect(
            [0, 10, 11, 21, 22, 30, 31, 33, 46, 47, 51, 52].map(message.at)
                == ["2:3", "2:13", "3:3", "4:1", "5:3", "5:11", "6:3", "6:5", "6:18", "7:3", "7:7", "8:1"]
        )
    }

    @Test func placesJSONEscapesIncludingSurrogatePairs() throws {
        let json = """
            {
              "cart": {
                "add": "Add \\"{item}\\"\\n{count}",
                "emoji": "\\ud83d\\ude00 {n}"
              },
              "title": "Größe"
            }

            """
        let file = try loadBundle(json, named: "de.json")
        #expect(file.problems.isEmpty)
        let add = try #require(file.message("cart.add"))
        #expect(add.value == "Add \"{item}\"\n{count}")
        #expect([4, 5, 11, 12, 13].map(add.at) == ["3:17", "3:19", "3:25", "3:27", "3:29"])
        #expect(add.keyLocation.description == "\(file.path):3:5")
        let emoji = try #require(file.message("cart.emoji"))
        #expect(emoji.value == "😀 {n}")
        #expect([0, 1, 2, 5].map(emoji.at) == ["4:15", "4:27", "4:28", "4:31"])
        #expect(try #require(file.message("title")).at(0) == "6:13")
    }

    @Test func keepsColumnsAfterASurrogatePairOnTheSameLine() throws {
        let file = try loadBundle(#"{"a": "\ud83d\ude00", "b": "x {n}"}"#, named: "de.json")
        let message = try #require(file.message("b"))
        #expect(message.keyLocation.description == "\(file.path):1:23")
        #expect(message.at(2) == "1:31")
    }

    @Test func skipsAnchorsAndTagsInFrontOfAValue() throws {
        let file = try loadBundle("shared: &s \"Teilen {n}\"\nshare: *s\ntagged: !!str  plain {x}\n")
        #expect(try #require(file.message("shared")).at(0) == "1:13")
        #expect(try #require(file.message("share")).at(7) == "1:20")
        #expect(try #require(file.message("tagged")).at(6) == "3:22")
    }

    @Test func ignoresAByteOrderMarkAndCountsCRLFAsOneLineBreak() throws {
        let file = try loadBundle(bytes: [0xEF, 0xBB, 0xBF] + Array("a: x {n}\r\nb: one\r\n  two {n}\r\n".utf8))
        #expect(try #require(file.message("a")).at(2) == "1:6")
        let folded = try #require(file.message("b"))
        #expect(folded.value == "one two {n}")
        #expect([3, 4, 8].map(folded.at) == ["2:7", "3:3", "3:7"])
        #expect(file.lines == ["a: x {n}", "b: one", "  two {n}"])
    }

    @Test func countsATabAsOneColumn() throws {
        let file = try loadBundle("a: x\t{n}\n")
        #expect(try #require(file.message("a")).at(2) == "1:6")
    }

    @Test func reportsEditorLinesWhenTheTextHoldsALineSeparator() throws {
        // libyaml counts U+2028 as a line break; editors do not, and positions follow editors.
        let file = try loadBundle("a: \"x\u{2028}y\"\nb: z {n}\n")
        let message = try #require(file.message("a"))
        #expect(message.value == "x\u{2028}y")
        #expect(message.at(2) == "1:7")
        #expect(try #require(file.message("b")).at(2) == "2:6")
    }
}
