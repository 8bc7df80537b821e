import Foundation
import Testing

@testable import LocGenKit

/// Writing the built-in theme into its cache folder, and building a site with it and no `--theme`.
struct DefaultThemeCacheTests {
    @Test func materializesOnceIntoTheSameFolder() throws {
        let cache = try TemporaryDirectory()
        let root = cache.path + "/locgen"
        let first = try DefaultTheme.materialize(in: root)
        let second = try DefaultTheme.materialize(in: root)
        #expect(first == second)
        #expect(first.hasPrefix(root + "/theme-"))
        // Only the finished folder is left: no staging copies.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == [String(first.dropFirst(root.count + 1))])
        #expect(FileManager.default.fileExists(atPath: first + "/templates/product.mustache"))
        #expect(FileManager.default.fileExists(atPath: first + "/locales/en.yaml"))
        let english = try String(contentsOfFile: first + "/locales/en.yaml", encoding: .utf8)
        #expect(english == DefaultTheme.files.first { $0.path == "locales/en.yaml" }?.contents)
    }

    @Test func materializesConcurrentlyIntoOneFolder() async throws {
        let cache = try TemporaryDirectory()
        let root = cache.path + "/locgen"
        let folders = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try DefaultTheme.materialize(in: root) } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(folders.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).count == 1)
    }

    @Test func fallsBackToTheNextCacheFolder() throws {
        let cache = try TemporaryDirectory()
        try cache.write("blocked", "a file where a folder should be")
        let folder = try DefaultTheme.materialize(inAnyOf: [cache.path + "/blocked/locgen", cache.path + "/tmp"])
        #expect(folder.hasPrefix(cache.path + "/tmp/theme-"))
    }

    @Test func failsWhenNoCacheFolderCanBeWritten() throws {
        let cache = try TemporaryDirectory()
        let blocked = try cache.write("blocked", "a file where a folder should be")
        #expect {
            try DefaultTheme.materialize(inAnyOf: [blocked + "/locgen"])
        } throws: { error in
            let error = try #require(error as? LocGenError)
            return error.code == .outputFailure
                && error.message == "cannot create the folder '\(blocked)/locgen': not a directory"
        }
    }

    @Test func buildsTheDemoShopWithNoThemeFolder() async throws {
        let folder = try TemporaryDirectory()
        let site = folder.path + "/shop"
        try FileManager.default.copyItem(atPath: Repository.root + "/examples/shop", toPath: site)
        try? FileManager.default.removeItem(atPath: site + "/public")
        let theme = try DefaultTheme.materialize(in: folder.path + "/cache")
        let request = BuildRequest(siteDirectory: site, themeDirectories: [theme])
        let renderer = try MustacheRenderer(
            templates: TemplateSet.load(directories: request.templateDirectories),
            isStrict: false
        )
        let report = try await Builder(renderer: renderer).build(request, progress: nil)
        #expect(report.totalPages == 42 * 12 - 1 + 12 + 1)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }
}
