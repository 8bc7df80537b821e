import Foundation
import Testing

@testable import LocGenKit

/// The files a build keeps what it needs of every page in until the catalog ends.
struct PageSpillTests {
    /// Texts of every kind: empty, ASCII, Latin-1, combining marks, CJK, right-to-left, a ZWJ emoji sequence,
    /// a NUL, a line separator, and characters outside the Basic Multilingual Plane.
    static let texts = [
        "", "Tent", "Zelt für 2", "e\u{301}te\u{301}", "帐篷", "خيمة", "שלום", "👩‍👩‍👧‍👦", "a\u{0}b", "x\u{2028}y",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u{FEFF}bom", "\"quoted\" \\ <&>",
    ]

    @Test func fieldsRoundTripAcrossChunks() throws {
        let folder = try TemporaryDirectory()
        var writer = SpillWriter(path: folder.path + "/fields")
        let numbers: [UInt64] = [0, 1, 127, 128, 300, 1 << 35, .max]
        // Enough records to cross the writer's and the reader's 64 KB chunks several times.
        for round in 0..<2_000 {
            for number in numbers { writer.append(number) }
            for text in Self.texts { writer.append(text) }
            writer.append(optional: nil)
            writer.append(optional: "")
            writer.append(optional: Self.texts[round % Self.texts.count])
            try writer.endRecord()
        }
        try writer.flush()
        let reader = try SpillReader(path: writer.path)
        for round in 0..<2_000 {
            for number in numbers { #expect(try reader.integer() == number) }
            for text in Self.texts { #expect(try reader.text() == text) }
            #expect(try reader.optionalText() == nil)
            #expect(try reader.optionalText() == "")
            #expect(try reader.optionalText() == Self.texts[round % Self.texts.count])
        }
        #expect(try reader.isAtEnd())
    }

    @Test func anEmptyFileHasNoRecords() throws {
        let folder = try TemporaryDirectory()
        var writer = SpillWriter(path: folder.path + "/empty")
        try writer.flush()
        #expect(try SpillReader(path: writer.path).isAtEnd())
    }

    @Test func aCutFileIsAnErrorNamingIt() throws {
        let folder = try TemporaryDirectory()
        var writer = SpillWriter(path: folder.path + "/cut")
        writer.append("a text long enough to cut")
        try writer.flush()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: writer.path))
        try bytes.prefix(10).write(to: URL(fileURLWithPath: writer.path))
        let reader = try SpillReader(path: writer.path)
        let error = #expect(throws: LocGenError.self) { try reader.text() }
        #expect(error?.code == .outputFailure)
        #expect(
            error?.message == "the build's temporary file '\(writer.path)' ends early or is damaged; build again"
        )
    }

    @Test func theSpillFolderSitsBesideTheOutputAndGoesWithTheSpill() throws {
        let folder = try TemporaryDirectory()
        let output = folder.path + "/public"
        var spill: PageSpill? = try PageSpill(markets: 2, beside: output)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 1)
        #expect(names.first?.hasPrefix("public.spill-") == true)
        withExtendedLifetime(spill) {}
        spill = nil
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aKilledBuildsSpillFolderIsRemovedByTheNextBuild() throws {
        let folder = try TemporaryDirectory()
        let output = folder.path + "/public"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        let left = folder.path + "/public.spill-k1ll3d"
        try FileManager.default.createDirectory(atPath: left, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: URL(fileURLWithPath: left + "/records-0"))
        // Another output's spill folder is not this build's to remove.
        let other = folder.path + "/site.spill-0th3r1"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        try StagingFolder.recoverLeftovers(of: output)
        #expect(!FileManager.default.fileExists(atPath: left))
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func entriesComeBackPerMarketWithTheirClusters() throws {
        let folder = try TemporaryDirectory()
        var spill = try PageSpill(markets: 3, beside: folder.path + "/public")
        let alternates = Self.texts.map { PageHead.Alternate(hreflang: "x-" + $0, href: "https://e.example/" + $0) }
        var added: [[IndexEntry]] = [[], [], []]
        for (number, text) in Self.texts.enumerated() {
            // Market 1 gets no entries.
            for market in [0, 2] {
                var entry = IndexEntry(
                    productID: "p\(number)",
                    name: text,
                    url: "https://e.example/\(market)/\(text)",
                    price: "€ \(number)",
                    alternates: Array(alternates.prefix(number))
                )
                entry.position = number + 1
                entry.lastModified = number.isMultiple(of: 2) ? "2026-11-26" : nil
                try spill.add(entry, market: market)
                added[market].append(entry)
                try spill.add(
                    record: (
                        entry.url, BuildManifest.Page(inputHash: UInt64(number), contentHash: ~0, lastModified: text)
                    ),
                    market: market
                )
            }
        }
        try spill.flush()
        #expect(spill.entryCounts == [Self.texts.count, 0, Self.texts.count])
        #expect(try spill.entries(of: 1).isEmpty)
        #expect(try spill.records(of: 1).isEmpty)
        let clusters = try spill.clusterReader()
        for market in [0, 2] {
            let entries = try spill.entries(of: market)
            #expect(entries.map(\.productID) == added[market].map(\.productID))
            #expect(entries.map(\.name) == Self.texts)
            #expect(entries.map(\.url) == added[market].map(\.url))
            #expect(entries.map(\.price) == added[market].map(\.price))
            #expect(entries.map(\.position) == added[market].map(\.position))
            #expect(entries.map(\.lastModified) == added[market].map(\.lastModified))
            #expect(try spill.records(of: market).map(\.record.lastModified) == Self.texts)
        }
        for number in Self.texts.indices {
            #expect(try clusters.alternates(ofProductAt: number + 1) == Array(alternates.prefix(number)))
        }
        #expect(try clusters.alternates(ofProductAt: 0).isEmpty)
    }

    @Test func theMergeIsOrderedAndPrefersTheFirstSourceOnTies() throws {
        let sources: [SortedMerge<(String, Int)>.Source] = [
            SortedMerge.source([("a", 0), ("c", 0), ("é", 0)]),
            SortedMerge.source([]),
            SortedMerge.source([("b", 2), ("c", 2), ("z", 2)]),
        ]
        var merge = try SortedMerge(sources) { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        var merged: [String] = []
        while let (element, source) = try merge.next() { merged.append("\(element.0)\(source)") }
        #expect(merged == ["a0", "b2", "c0", "c2", "z2", "é0"])
    }
}

/// The previous manifest as a build reads it: compactly, and as empty when it is not one this locgen wrote.
struct PreviousManifestTests {
    private static func write(_ text: String, in folder: TemporaryDirectory) throws -> String {
        let output = folder.path + "/public"
        try FileManager.default.createDirectory(atPath: output + "/.locgen", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: output + "/" + BuildManifest.path))
        return output
    }

    @Test func readsEveryRecordAndStreamsThePathsAgain() throws {
        let folder = try TemporaryDirectory()
        var manifest = BuildManifest()
        for (number, text) in PageSpillTests.texts.enumerated() {
            manifest.pages[text + "/index.html"] = BuildManifest.Page(
                inputHash: UInt64(number),
                contentHash: .max - UInt64(number),
                lastModified: number.isMultiple(of: 3) ? nil : "20\(10 + number)-0\(1 + number % 9)-1\(number % 10)"
            )
        }
        let output = try Self.write(manifest.text, in: folder)
        let previous = PreviousManifest.read(output: output)
        #expect(previous.count == manifest.pages.count)
        for (path, page) in manifest.pages { #expect(previous.page(at: path) == page) }
        #expect(previous.page(at: "other/index.html") == nil)
        let reader = try #require(previous.reader())
        var streamed: [String] = []
        while let (path, page) = try reader.next() {
            #expect(manifest.pages[path] == page)
            streamed.append(path)
        }
        #expect(streamed == manifest.pages.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test(arguments: [
        "{\n  \"version\": 1,\n  \"pages\": {\n    \"a\": \"1 2 -\"\n  }\n}\n",
        // Cut in the middle of the pages.
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"a\": \"1 2 -\",\n",
        // Out of path order.
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"b\": \"1 2 -\",\n    \"a\": \"1 2 -\"\n  }\n}\n",
        // A day that is not written the way a build writes it.
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"a\": \"1 2 26.11.2026\"\n  }\n}\n",
        // Something after the end.
        "{\n  \"version\": 2,\n  \"pages\": {}\n}\n{}\n",
        "\u{0}\u{FF}",
    ])
    func anyOtherTextIsAnEmptyManifest(text: String) throws {
        let folder = try TemporaryDirectory()
        let previous = PreviousManifest.read(output: try Self.write(text, in: folder))
        #expect(previous.count == 0)
        #expect(previous.reader() == nil)
    }

    @Test func daysPackAndUnpackAsWritten() {
        #expect(PreviousManifest.packed("2026-11-26") == 20_261_126)
        #expect(PreviousManifest.unpacked(20_261_126) == "2026-11-26")
        #expect(PreviousManifest.packed(nil) == 0)
        #expect(PreviousManifest.unpacked(0) == nil)
        #expect(PreviousManifest.packed("0999-01-02").flatMap(PreviousManifest.unpacked) == "0999-01-02")
        for odd in ["2026-1-26", "2026-13-01", "26-11-26x", "-2026-11-26", "2026-11", ""] {
            #expect(PreviousManifest.packed(odd) == nil)
        }
    }

    @Test func aRebuildOverADamagedManifestRendersEveryPage() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: LastModifiedTests.first)
        let path = site.output + "/" + BuildManifest.path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Cut after the first page line: a manifest a full disk or a crash could leave.
        let cut = text.components(separatedBy: "\n").prefix(4).joined(separator: "\n")
        try Data(cut.utf8).write(to: URL(fileURLWithPath: path))
        _ = try site.folder.write("site/static/extra.txt", "x\n")
        let report = try await site.build(date: LastModifiedTests.second)
        #expect(report.renderedPages == 15)
        #expect(report.reusedPages == 0)
        #expect(BuildManifest.read(output: site.output).pages.count == 15)
        // And the next build reads the manifest it wrote.
        _ = try site.folder.write("site/static/extra.txt", "y\n")
        #expect(try await site.build(date: LastModifiedTests.second).reusedPages == 15)
    }
}
