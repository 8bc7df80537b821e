import LocGenICU
import LocGenKit
import Testing

/// Bad input gives one clear problem at the place it goes wrong, never a crash or a hang.
struct BundleLoaderErrorTests {
    @Test func reportsAMissingFileAtItsStart() {
        let file = BundleLoader.load(path: "/nonexistent/locales/de.yaml", locale: nil)
        #expect(
            file.problemLines == ["1:1 parse-error: cannot read 'FILE': No such file or directory"]
        )
        #expect(file.problems[0].location.file == "/nonexistent/locales/de.yaml")
        #expect(file.messages.isEmpty)
    }

    @Test func reportsAFolderGivenAsAFile() throws {
        let directory = try TemporaryDirectory()
        let file = BundleLoader.load(path: directory.path, locale: nil)
        #expect(file.problemLines == ["1:1 parse-error: cannot read 'FILE': it is a folder, not a file"])
    }

    @Test func reportsTheFirstInvalidUTF8ByteWithItsLineAndColumn() throws {
        let latin1 = try loadBundle(bytes: Array("a: ok\nb: caf".utf8) + [0xE9] + Array(" {n}\n".utf8))
        #expect(
            latin1.problemLines == [
                "2:7 invalid-utf8: the file is not valid UTF-8: byte 0xE9 starts a character that is cut off or "
                    + "malformed; save it with UTF-8 encoding"
            ]
        )
        #expect(latin1.messages.isEmpty)
        #expect(latin1.lines == ["a: ok", "b: caf\u{FFFD} {n}"])
        let afterUmlauts = try loadBundle(bytes: Array("x: y\r\nb: Größe ".utf8) + [0xFF])
        #expect(
            afterUmlauts.problemLines == [
                "2:10 invalid-utf8: the file is not valid UTF-8: byte 0xFF cannot start a character; "
                    + "save it with UTF-8 encoding"
            ]
        )
    }

    @Test func rejectsOverlongFormsAndEncodedSurrogates() throws {
        for bytes: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            let file = try loadBundle(bytes: Array("k: ".utf8) + bytes)
            #expect(file.problems.map(\.check) == [.invalidUTF8])
            #expect(file.problems.first?.location.column == 4)
        }
    }

    @Test func reportsUTF16TextAsNotUTF8() throws {
        let file = try loadBundle(bytes: [0xFF, 0xFE, 0x61, 0x00])
        #expect(
            file.problemLines == [
                "1:1 invalid-utf8: the file is not valid UTF-8: it is UTF-16 text; save it with UTF-8 encoding"
            ]
        )
    }

    /// Files that stop loading at one problem: a control character, libyaml's errors (with its
    /// lines converted to editor lines: U+2028 is no line break there), a second document, an
    /// undefined alias, an alias as a key.
    @Test(arguments: [
        (
            "de.yaml", "a: x\u{7}y\n",
            "1:5 parse-error: the file contains the control character U+0007, which YAML and JSON do not allow; "
                + "delete it"
        ),
        (
            "de.yaml", "cart:\n  add: Add\n  title: \"Größe {n}\n",
            "4:1 parse-error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar "
                + "from line 3, column 10)"
        ),
        (
            "de.yaml", "a: \"x\u{2028}y\"\nb: \"unterminated\n",
            "3:1 parse-error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar "
                + "from line 2, column 4)"
        ),
        (
            "de.yaml", "a: b\n c: d\n",
            "2:3 parse-error: invalid YAML: mapping values are not allowed in this context; quote a value that contains ': ', or check the indentation"
        ),
        (
            "de.json", "{\n  \"a\": \"b\"\n  \"c\": \"d\"\n}\n",
            "3:3 parse-error: invalid JSON: did not find expected ',' or '}' (while parsing a flow mapping "
                + "from line 1, column 1)"
        ),
        (
            "de.yaml", "a: b\n---\nc: d\n",
            "2:1 parse-error: invalid YAML: the file holds more than one document; keep one and remove the extra "
                + "'---' line"
        ),
        (
            "de.yaml", "a: *missing\n",
            "1:4 parse-error: invalid YAML: the alias '*missing' refers to no anchor; define "
                + "'&missing' before it"
        ),
        (
            "de.yaml", "base: &k cart\n*k : value\n",
            "2:1 parse-error: the alias '*k' is used as a key; write the key out, since a bundle's keys must be text"
        ),
    ])
    func reportsWhereAFileStopsParsing(fileName: String, contents: String, problem: String) throws {
        let file = try loadBundle(contents, named: fileName)
        #expect(file.problemLines == [problem])
        #expect(file.messages.isEmpty)
    }

    @Test func stopsAnAliasBombOfMappingsWithAParseError() throws {
        var yaml =
            "l0: &l0 {a: \"lol\", b: \"lol\", c: \"lol\", d: \"lol\", e: \"lol\", f: \"lol\", g: \"lol\", h: \"lol\"}\n"
        for level in 1...9 {
            let entries = (1...9).map { "k\($0): *l\(level - 1)" }.joined(separator: ", ")
            yaml += "l\(level): &l\(level) {\(entries)}\n"
        }
        let file = try loadBundle(yaml)
        #expect(
            file.problemLines.map { $0.drop { $0 != " " } } == [
                " parse-error: the anchors and aliases in this file expand to more than 10000 entries; write the "
                    + "messages out instead of nesting aliases"
            ]
        )
        #expect(file.messages.isEmpty)
    }

    @Test func reportsAListAliasBombAsValuesThatAreNotText() throws {
        var yaml = "lol1: &lol1 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 2...9 {
            yaml +=
                "lol\(level): &lol\(level) [" + Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ")
                + "]\n"
        }
        let file = try loadBundle(yaml)
        #expect(file.problems.count == 9)
        #expect(file.problems.allSatisfy { $0.check == .valueType })
    }

    @Test func stopsAKeyAliasBombBeforeYamsHashesIt() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "? *a12\n: boom\n"
        let file = try loadBundle(yaml)
        #expect(file.problems.map(\.check) == [.parseError])
        #expect(file.problems.first?.location.line == 14)
        #expect(file.problems.first?.location.column == 3)
    }

    @Test func reportsNestingDeeperThanLibyamlAllows() throws {
        let file = try loadBundle("a: " + String(repeating: "[", count: 2000) + "\n")
        #expect(file.problems.map(\.check) == [.parseError])
        #expect(
            file.problems.first?.message
                == "invalid YAML: it nests more than 1000 levels deep; flatten it"
        )
    }
}
