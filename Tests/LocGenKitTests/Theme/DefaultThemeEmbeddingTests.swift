import Foundation
import Testing

@testable import LocGenKit

/// The default theme built into the library is exactly the repository's top-level `templates/` and `locales/`.
struct DefaultThemeEmbeddingTests {
    /// Every file under the theme folders on disk, by path relative to the repository, sorted.
    static func filesOnDisk() throws -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = []
        for top in ["templates", "locales"] {
            let folder = Repository.root + "/" + top
            for relative in try FileManager.default.subpathsOfDirectory(atPath: folder) {
                var isDirectory: ObjCBool = false
                let full = folder + "/" + relative
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
                else { continue }
                let data = try #require(FileManager.default.contents(atPath: full))
                files.append((top + "/" + relative, String(decoding: data, as: UTF8.self)))
            }
        }
        return files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    @Test func embedsEveryThemeFileAsItIsOnDisk() throws {
        let onDisk = try Self.filesOnDisk()
        let embedded = DefaultTheme.files
        let hint = "the embedded default theme is out of date; run bash Scripts/embed-theme.sh"
        #expect(embedded.map(\.path) == onDisk.map(\.path), "\(hint)")
        // Issue.record rather than #expect: the message should not drown in two copies of the file.
        for (disk, built) in zip(onDisk, embedded) where disk.path == built.path && disk.contents != built.contents {
            Issue.record("\(disk.path) differs from its embedded copy: \(hint)")
        }
    }

    @Test func holdsTheTemplatesAndStringsABuildNeeds() {
        let paths = Set(DefaultTheme.files.map(\.path))
        #expect(paths.contains("templates/product.mustache"))
        #expect(paths.contains("templates/market-index.mustache"))
        #expect(paths.contains("locales/en.yaml"))
    }
}
