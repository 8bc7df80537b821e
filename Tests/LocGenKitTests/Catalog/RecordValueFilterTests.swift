import Testing

@testable import LocGenKit

/// The related products' second pass skips, unparsed, the JSON Lines records that cannot hold a listed id.
struct RecordValueFilterTests {
    private static func mayMatch(_ line: String, _ texts: [String]) -> Bool {
        RecordValueFilter(texts).mayMatch(Array(line.utf8))
    }

    @Test func matchesAStringValueAndNotAPartOfOne() {
        #expect(Self.mayMatch(#"{"id": "p2", "slug": "b"}"#, ["p2"]))
        #expect(Self.mayMatch(#"{"id":"p2"}"#, ["p9", "p2"]))
        #expect(!Self.mayMatch(#"{"id": "p22", "slug": "xp2"}"#, ["p2"]))
        #expect(!Self.mayMatch(#"{"id": "p1", "name": {"en": "p 2"}}"#, ["p2"]))
    }

    @Test func matchesANumberAsWritten() {
        #expect(Self.mayMatch(#"{"id": 12, "stock": 3}"#, ["12"]))
        #expect(Self.mayMatch(#"{"id":12}"#, ["12"]))
        #expect(Self.mayMatch(#"{"id": [1.5e3]}"#, ["1.5e3"]))
        #expect(!Self.mayMatch(#"{"id": 120}"#, ["12"]))
    }

    @Test func matchesAMemberNameToo() {
        // Parsing such a record is wasted but harmless; skipping one that holds the id would lose a card.
        #expect(Self.mayMatch(#"{"id": "p1", "attributes": {"p2": "x"}}"#, ["p2"]))
    }

    @Test func alwaysMatchesALineWithAnEscape() {
        #expect(Self.mayMatch(#"{"id": "p\u0032"}"#, ["p2"]))
        #expect(Self.mayMatch(#"{"id": "p1", "name": "a \"b\""}"#, ["p2"]))
    }

    @Test func matchesACanonicallyEquivalentSpelling() {
        // Swift compares ids by canonical equivalence: "é" precomposed equals "e" with a combining accent.
        #expect(Self.mayMatch("{\"id\": \"caf\u{E9}\"}", ["cafe\u{301}"]))
        #expect(Self.mayMatch("{\"id\": \"cafe\u{301}\"}", ["caf\u{E9}"]))
        // The Kelvin sign is canonically "K".
        #expect(Self.mayMatch("{\"id\": \"\u{212A}1\"}", ["K1"]))
    }

    @Test func matchesNothingWithoutTexts() {
        #expect(!Self.mayMatch(#"{"id": "p2"}"#, []))
        #expect(!Self.mayMatch(#"{"id": "p\u0032"}"#, []))
    }

    @Test func matchesAnEmptyString() {
        #expect(Self.mayMatch(#"{"id": ""}"#, [""]))
        #expect(!Self.mayMatch(#"{"id": "p1"}"#, [""]))
    }

    @Test func readerSkipsUnmatchedLinesUnparsedAndReturnsTheRestInOrder() throws {
        let folder = try TemporaryDirectory()
        let lines = [
            #"{"id": "p1", "slug": "a"}"#,
            "{not json",
            #"{"id": "p2", "slug": "b"}"#,
            "",
            #"{"id": 7, "slug": "c"}"#,
            #"{"id": "p\u0034", "slug": "d"}"#,
            "{\"id\": \"p5\", \"slug\": broken",
        ]
        let path = try folder.write("products.jsonl", lines.joined(separator: "\n") + "\n")
        var reader = try CatalogReader(path: path)
        let filter = RecordValueFilter(["p2", "7", "p5"])
        var ids: [String?] = []
        var problems: [LocGenError] = []
        while true {
            do {
                guard let record = try reader.nextRecord(mayHavingValueIn: filter) else { break }
                ids.append(record.member("id")?.text)
            } catch {
                problems += error.problems
            }
        }
        // "{not json" holds none of the texts, so it is skipped without a report; the broken line with "p5" is
        // parsed and reported as the build would report it.
        #expect(ids == ["p2", "7", "p4"])
        #expect(problems.map(\.code) == [.invalidCatalog])
        #expect(problems.map(\.location) == [SourceLocation(file: path, line: 7, column: 22)])
        #expect(
            problems.map(\.message) == ["invalid JSON: 'broken' is not a value; put text in double quotes"]
        )
    }
}
