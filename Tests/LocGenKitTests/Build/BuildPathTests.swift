import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

struct BuildPathTests {
    @Test(arguments: [
        ("tent", "tent"),
        ("банан", "%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD"),
        ("安全带", "%E5%AE%89%E5%85%A8%E5%B8%A6"),
        ("a b&c?d#e'f\"<g>", "a%20b%26c%3Fd%23e%27f%22%3Cg%3E"),
        ("A-Z_a.z~0", "A-Z_a.z~0"),
        ("café", "caf%C3%A9"),
    ])
    func percentEncodesEveryByteOutsideTheUnreservedSet(slug: String, encoded: String) {
        #expect(URLPathEncoding.segment(slug) == encoded)
    }

    @Test func keepsSlashesOfPaths() {
        #expect(URLPathEncoding.path("/日本/shop/") == "/%E6%97%A5%E6%9C%AC/shop/")
    }

    @Test(arguments: ["..", ".", "../x", "a/b", "", ".hidden", "a\\b", "a\0b", "a\nb"])
    func rejectsSlugsThatCannotBeOneFolder(slug: String) {
        #expect(throws: LocGenError.self) { try OutputLayout.pagePath(folder: "de/", slug: slug) }
    }

    @Test(arguments: [
        "/abs/index.html", "de/../x", "de//x", "./x", "x/.", "a\0b", "", "/", "x/", "..", "x/..", "x/../", "де/../x",
    ])
    func rejectsPathsLeavingTheOutput(path: String) {
        #expect(throws: LocGenError.self) { try OutputLayout.checkContained(path) }
    }

    @Test(arguments: ["index.html", "de/x/index.html", ".../x", "x/...", "..x/.y/z..", "日本/安全带/index.html", "a.b"])
    func acceptsPathsInsideTheOutput(path: String) throws {
        try OutputLayout.checkContained(path)
    }

    @Test(arguments: ["tent", "a b", "安全带", "x..y", "~"])
    func placesASlugsPageInItsOwnFolder(slug: String) throws {
        #expect(try OutputLayout.pagePath(folder: "de/", slug: slug) == "de/" + slug + "/index.html")
    }

    @Test(arguments: ["a\u{7F}b", "a\u{85}b", "a\rb", "tab\there", "a/\u{301}b"])
    func rejectsSlugsWithControlCharactersOrSeparators(slug: String) {
        #expect(throws: LocGenError.self) { try OutputLayout.pagePath(folder: "de/", slug: slug) }
    }

    @Test func namesTheSeparatorInASlugWhereACombiningMarkFollowsIt() {
        // As Characters, "/\u{301}" is not "/": the check goes by bytes and says what it found.
        do {
            _ = try OutputLayout.pagePath(folder: "de/", slug: "a/\u{301}b")
            Issue.record("a slug with '/' was accepted")
        } catch {
            #expect(error.code == .unsafePath)
            #expect(error.message == "the slug 'a/\u{301}b' cannot be a folder name: it contains '/'")
        }
    }

    @Test func laysOutMarketsByHost() throws {
        let locale = try LocaleID("de")
        func market(_ path: String, host: String) throws -> Market {
            Market(
                id: "m",
                locale: locale,
                currency: try Currency("EUR"),
                path: path,
                host: host,
                url: SiteURL(scheme: "https", host: host, pathPrefix: path)
            )
        }
        #expect(try OutputLayout.folder(of: market("/", host: "a.example"), mainHost: "a.example") == "")
        #expect(try OutputLayout.folder(of: market("/ch/de/", host: "a.example"), mainHost: "a.example") == "ch/de/")
        #expect(
            try OutputLayout.folder(of: market("/", host: "b.example.cn"), mainHost: "a.example")
                == "_hosts/b.example.cn/"
        )
        let error = #expect(throws: LocGenError.self) {
            try OutputLayout.folder(of: market("/_hosts/", host: "a.example"), mainHost: "a.example")
        }
        #expect(error?.code == .unsafePath)
        #expect(
            error?.message
                == "market 'm' has the path '/_hosts/', but '_hosts/' holds the markets on their own hosts; choose another path"
        )
    }

    @Test func stableHashIsFNV1a() {
        var hash = StableHash()
        hash.combine(bytes: Array("a".utf8))
        // FNV-1a 64 of "a", from the reference tables.
        #expect(hash.hex == "af63dc4c8601ec8c")
        var first = StableHash()
        first.combine("ab")
        first.combine("c")
        var second = StableHash()
        second.combine("a")
        second.combine("bc")
        #expect(first.value != second.value)
        // Text is its UTF-8 length, then its bytes: the buffer path gives what byte-by-byte FNV-1a gives.
        for text in ["Zelt", "банан", "安全带 — 😀", String(repeating: "x", count: 1_000)] {
            var direct = StableHash()
            direct.combine(text)
            var byHand = StableHash()
            byHand.combine(UInt64(text.utf8.count))
            byHand.combine(bytes: Array(text.utf8))
            #expect(direct.value == byHand.value, "\(text)")
        }
    }

    @Test func contentHashTellsEveryByteApartAndStaysTheSame() {
        func hash(_ text: String) -> UInt64 {
            var hash = StableHash()
            hash.combine(contentsOf: text)
            return hash.value
        }
        let page = "<html><body>Tent - 129.95 EUR</body></html>\n"
        // Pinned (worked out by hand in Python): a new value would give every page of every site a new
        // sitemap lastmod once.
        #expect(StableHash.hex(hash(page)) == "7e5d4f95d16c6cbf")
        var seen: Set<UInt64> = [hash(page)]
        let bytes = Array(page.utf8)
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x01
            #expect(seen.insert(hash(String(decoding: changed, as: UTF8.self))).inserted, "byte \(index)")
        }
        #expect(hash("") != hash("\0"))
        #expect(hash("abcdefgh") != hash("abcdefgh\0"))
    }

    @Test func contentHashOfBytesIsTheHashOfTheirText() {
        // A page rendered as bytes must hash as its text did, or every page's manifest record would change.
        for text in [
            "", "a", "1234567", "12345678", "<p>Zelt</p>\n", "банан — 安全带 😀", String(repeating: "xy", count: 501),
        ] {
            var ofText = StableHash()
            ofText.combine(contentsOf: text)
            var ofBytes = StableHash()
            ofBytes.combine(contentsOf: Array(text.utf8))
            #expect(ofBytes.value == ofText.value, "\(text)")
        }
    }

    @Test func pageHashTellsArgumentKindsAndValuesApart() {
        func hash(_ arguments: [String: MessageValue]) -> UInt64 {
            PlannedPage(
                path: "de/a/index.html",
                template: "product",
                context: .object(["name": .text("A")]),
                arguments: arguments,
                market: 0,
                digests: (1, 2)
            ).inputHash
        }
        #expect(hash(["count": .number("21")]) == hash(["count": .number("21")]))
        #expect(hash(["count": .number("21")]) != hash(["count": .number("22")]))
        #expect(hash(["count": .number("21")]) != hash(["count": .string("21")]))
        #expect(hash(["count": .number("21")]) != hash(["total": .number("21")]))
        #expect(hash(["rate": .double(0.5)]) != hash(["rate": .double(0.25)]))
    }
}

struct BuildStagingTests {
    @Test func swapReplacesTheOutputAndLeavesNothingBehind() throws {
        let folder = try TemporaryDirectory()
        try folder.write("public/old.html", "old")
        let staging = try StagingFolder.create(for: folder.path + "/public")
        try OutputWriter(root: staging.path).write(Array("new".utf8), to: "new.html")
        try staging.swapIn()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/public") == ["new.html"])
    }

    @Test func recoversAnOutputACrashLeftAside() throws {
        let folder = try TemporaryDirectory()
        // A crash between the two renames: the old output aside, a complete staging folder, no output.
        try folder.write("public.old-abc/index.html", "previous")
        try folder.write("public.staging-def/index.html", "unfinished")
        try StagingFolder.recoverLeftovers(of: folder.path + "/public")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
        #expect(FileManager.default.contents(atPath: folder.path + "/public/index.html") == Data("previous".utf8))
    }

    @Test func writerNeverOverwritesOrFollowsLinks() throws {
        let folder = try TemporaryDirectory()
        let writer = OutputWriter(root: try folder.makeFolder("out"))
        try writer.write(Array("one".utf8), to: "de/x/index.html")
        let conflict = #expect(throws: LocGenError.self) { try writer.write(Array("two".utf8), to: "de/x/index.html") }
        #expect(conflict?.code == .outputConflict)
        try folder.write("target.txt", "outside")
        try folder.link("out/link.html", to: folder.path + "/target.txt")
        #expect(throws: LocGenError.self) { try writer.write(Array("x".utf8), to: "link.html") }
        #expect(FileManager.default.contents(atPath: folder.path + "/target.txt") == Data("outside".utf8))
    }
}

struct BuildFileCopyTests {
    @Test func copiesFilesLargerThanOneChunk() throws {
        let folder = try TemporaryDirectory()
        let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let source = try folder.write("big.bin", bytes: bytes)
        let writer = OutputWriter(root: try folder.makeFolder("out"))
        try writer.copy(file: source, to: "media/big.bin")
        #expect(FileManager.default.contents(atPath: folder.path + "/out/media/big.bin") == Data(bytes))
    }
}

struct BuildFolderRemovalTests {
    @Test func removesNestedFoldersWithoutFollowingLinks() throws {
        let folder = try TemporaryDirectory()
        try folder.write("keep/file.txt", "kept")
        try folder.write("gone/a/b/index.html", "x")
        try folder.write("gone/c.txt", "y")
        try folder.link("gone/a/link", to: folder.path + "/keep")
        #expect(FolderRemoval.remove(folder.path + "/gone"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/gone"))
        #expect(FileManager.default.contents(atPath: folder.path + "/keep/file.txt") == Data("kept".utf8))
    }
}

struct BuildLockTests {
    @Test func secondBuildOfTheSameOutputFailsAtOnce() async throws {
        let site = try BuildFixture()
        var held: BuildLock? = try BuildLock(output: site.output)
        #expect(held != nil)
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.errors.first?.code == .outputFailure)
        #expect(failure?.errors.first?.message.hasPrefix("another locgen build is writing to '\(site.site)'") == true)
        held = nil
        _ = try await site.build()
    }
}
