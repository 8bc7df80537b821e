import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// `locgen init`'s site: it builds at once with the built-in theme, its strings validate, and it never
/// writes into a folder that holds something.
struct SiteScaffoldTests {
    @Test func createsEveryFileOfTheSite() throws {
        let folder = try TemporaryDirectory()
        let created = try SiteScaffold.create(at: folder.path + "/shop")
        #expect(
            created == [
                ".gitignore", "data/products.jsonl", "data/rates.yaml", "locales/en.yaml", "locgen.yaml",
                "static/favicon.svg", "templates/README.md",
            ]
        )
        for file in created {
            #expect(FileManager.default.fileExists(atPath: folder.path + "/shop/" + file), "\(file)")
        }
    }

    @Test func buildsThreeMarketsOfFiveProductsWithNoWarnings() async throws {
        let folder = try TemporaryDirectory()
        let site = folder.path + "/shop"
        try SiteScaffold.create(at: site)
        let theme = try DefaultTheme.materialize(in: folder.path + "/cache")
        let request = BuildRequest(siteDirectory: site, isStrict: true, themeDirectories: [theme])
        let renderer = try MustacheRenderer(
            templates: TemplateSet.load(directories: request.templateDirectories),
            isStrict: true
        )
        let report = try await Builder(renderer: renderer).build(request, progress: nil)
        #expect(report.markets.map(\.id) == ["de", "jp", "us"])
        #expect(report.markets.map(\.pages) == [6, 6, 6])
        #expect(report.totalPages == 3 * 5 + 3 + 1)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.staticFiles == 1)
        // The site's one English string overrides the theme's; German keeps the theme's.
        let english = try String(contentsOfFile: site + "/public/us/index.html", encoding: .utf8)
        #expect(english.contains("Everything we make"))
        let german = try String(contentsOfFile: site + "/public/de/index.html", encoding: .utf8)
        #expect(german.contains("Merino-Pullover mit Rundhals"))
        #expect(!german.contains("Everything we make"))
        let japanese = try String(contentsOfFile: site + "/public/jp/index.html", encoding: .utf8)
        #expect(japanese.contains("メリノ クルーネックセーター"))
    }

    @Test func writesStringsThatValidate() async throws {
        let folder = try TemporaryDirectory()
        try SiteScaffold.create(at: folder.path + "/shop")
        var options = ValidationOptions(sourceLocale: try LocaleID("en"))
        options.isStrict = true
        let result = try await Validator(options: options).validate(paths: [folder.path + "/shop/locales"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.exitStatus == 0)
    }

    @Test func writesAConfigurationThatLoads() throws {
        let folder = try TemporaryDirectory()
        try SiteScaffold.create(at: folder.path + "/shop")
        let config = try SiteConfig.load(path: folder.path + "/shop/locgen.yaml")
        #expect(config.markets.map(\.id).sorted() == ["de", "jp", "us"])
    }

    @Test func createsTheSiteInAnEmptyFolder() throws {
        let folder = try TemporaryDirectory()
        let empty = try folder.makeFolder("empty")
        #expect(try SiteScaffold.create(at: empty).contains("locgen.yaml"))
    }

    @Test func refusesAFolderThatHoldsAnything() throws {
        let folder = try TemporaryDirectory()
        try folder.write("shop/.keep", "")
        #expect {
            try SiteScaffold.create(at: folder.path + "/shop")
        } throws: { error in
            let error = try #require(error as? LocGenError)
            return error.code == .folderNotEmpty && error.location == nil
                && error.message == "'\(folder.path)/shop' is not empty; give 'locgen init' a new or empty folder"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/shop") == [".keep"])
    }

    @Test func failsWhereTheFolderCannotBeCreated() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("file", "not a folder")
        #expect {
            try SiteScaffold.create(at: file + "/shop")
        } throws: { error in
            let error = try #require(error as? LocGenError)
            return error.code == .outputFailure
                && error.message == "cannot create the folder '\(file)/shop': not a directory"
        }
    }
}
