import LocGenICU
import Synchronization
import Testing

@testable import LocGenKit

@Suite("Parent bundles are read once")
struct KeySetCacheTests {
    private func source(_ tag: String, in folder: TemporaryDirectory) throws -> BundleSource {
        let path = try folder.write("locales/\(tag).yaml", "greeting: \"Hallo \(tag)\"\n")
        return BundleSource(localeTag: tag, locale: try LocaleID(tag), files: [path])
    }

    @Test("parents are checked in an earlier wave than their children")
    func wavesPutParentsFirst() throws {
        let folder = try TemporaryDirectory()
        let sources = try ["de-CH", "fr", "de", "de-AT", "fr-CA", "ja"].map { try source($0, in: folder) }
        let waves = Validator.waves(of: sources).map { $0.map(\.localeTag) }
        #expect(waves == [["fr", "de", "ja"], ["de-CH", "de-AT", "fr-CA"]])
    }

    @Test("a child whose parent is not checked stays in the first wave")
    func orphanChildIsFirst() throws {
        let folder = try TemporaryDirectory()
        let sources = try ["de-CH", "fr-CA"].map { try source($0, in: folder) }
        #expect(Validator.waves(of: sources).map { $0.map(\.localeTag) } == [["de-CH", "fr-CA"]])
    }

    @Test("recorded keys of a parent are not read again; unrecorded ones are read once")
    func recordedKeysAreNotReadAgain() throws {
        let folder = try TemporaryDirectory()
        let sources = try ["de", "de-CH", "fr", "fr-CA"].map { try source($0, in: folder) }
        let cache = KeySetCache(sources: sources, sourceLocale: try LocaleID("en"), sourceKeys: ["greeting"])
        cache.record(["greeting", "farewell"], of: try LocaleID("de"))
        #expect(cache.keys(of: try LocaleID("de")) == ["greeting", "farewell"])
        #expect(cache.reads.load(ordering: .relaxed) == 0)
        #expect(cache.keys(of: try LocaleID("fr")) == ["greeting"])
        #expect(cache.keys(of: try LocaleID("fr")) == ["greeting"])
        #expect(cache.reads.load(ordering: .relaxed) == 1)
    }

    @Test("a locale no bundle falls back to is not kept")
    func leavesAreNotKept() throws {
        let folder = try TemporaryDirectory()
        let sources = try ["de", "de-CH"].map { try source($0, in: folder) }
        let cache = KeySetCache(sources: sources, sourceLocale: try LocaleID("en"), sourceKeys: [])
        cache.record(["only-here"], of: try LocaleID("de-CH"))
        // Not kept, so asking reads the file: its one key, not the recorded set.
        #expect(cache.keys(of: try LocaleID("de-CH")) == ["greeting"])
        #expect(cache.reads.load(ordering: .relaxed) == 1)
    }
}
