import Foundation
import Testing

/// `locgen seo check` as a deploy step runs it: output formats, exit status and usage errors.
struct SEOCheckCommandTests {
    static let broken = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/seo-check/broken-site").path

    /// A one-page site with nothing wrong.
    static func cleanSite() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("locgen-seo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
        let page = """
            <!doctype html><html lang="en"><head>
            <link rel="canonical" href="https://shop.example.com/en/">
            <link rel="alternate" hreflang="en" href="https://shop.example.com/en/">
            </head><body></body></html>
            """
        try Data(page.utf8).write(to: folder.appendingPathComponent("en/index.html"))
        let sitemap = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://shop.example.com/en/</loc></url></urlset>
            """
        try Data(sitemap.utf8).write(to: folder.appendingPathComponent("sitemap.xml"))
        return folder.path
    }

    @Test func passesACleanSiteWithExitZero() throws {
        let site = try Self.cleanSite()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try LocgenProcess.run(["seo", "check", site])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput == "no problems in 2 files (1 page, 1 sitemap)\n")
    }

    @Test func reportsTheBrokenExampleCompilerStyleWithExitOne() throws {
        let result = try LocgenProcess.run(["seo", "check", "--color", "never", "."], currentDirectory: Self.broken)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("robots.txt:3:1: warning: the Host: directive is obsolete and read by no search engine; remove it and redirect other hosts with 301 [seo.robots.host]"))
        #expect(lines.contains("en/index.html:9:33: error: hreflang 'es-419' has the UN M.49 region '419', which Google does not support; list the countries ('es-MX', 'es-AR' …) or use the language alone ('es') [seo.hreflang.code]"))
        #expect(lines.last?.hasSuffix("(9 pages, 3 sitemaps)") == true, "\(lines.last ?? "")")
    }

    @Test(arguments: ["json", "github", "sarif"])
    func writesMachineFormats(_ format: String) throws {
        let result = try LocgenProcess.run(["seo", "check", "--format", format, Self.broken])
        #expect(result.status == 1)
        switch format {
        case "github":
            #expect(result.standardOutput.contains("::error file=\(Self.broken)/en/index.html,line=9,col=33,title=seo.hreflang.code::"))
            #expect(result.standardOutput.contains("::warning file=\(Self.broken)/robots.txt,line=3,col=1,title=seo.robots.host::"))
        default:
            let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            if format == "sarif" {
                let runs = json?["runs"] as? [[String: Any]]
                let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
                let rules = driver?["rules"] as? [[String: Any]]
                #expect(rules?.first?["id"] as? String == "seo.hreflang.code")
            } else {
                #expect((json?["diagnostics"] as? [Any])?.isEmpty == false)
            }
        }
    }

    @Test func strictFailsOnWarnings() throws {
        let site = try Self.cleanSite()
        defer { try? FileManager.default.removeItem(atPath: site) }
        try Data("Host: shop.example.com\n".utf8).write(to: URL(fileURLWithPath: site + "/robots.txt"))
        #expect(try LocgenProcess.run(["seo", "check", site]).status == 0)
        #expect(try LocgenProcess.run(["seo", "check", "--strict", site]).status == 1)
    }

    @Test func listsItsChecks() throws {
        let result = try LocgenProcess.run(["seo", "check", "--list-checks"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("seo.hreflang.reciprocal"))
        #expect(result.standardOutput.split(separator: "\n").contains { $0.contains("seo.sitemap.compressed") && $0.contains(" error ") })
    }

    @Test func usageErrorsExitTwo() throws {
        let missing = try LocgenProcess.run(["seo", "check"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("missing the site folder"))
        let noFolder = try LocgenProcess.run(["seo", "check", "/no/such/site"])
        #expect(noFolder.status == 2)
        #expect(noFolder.standardError.contains("cannot read the site folder '/no/such/site'"))
        let badFormat = try LocgenProcess.run(["seo", "check", "--format", "junit", "."])
        #expect(badFormat.status == 2)
        let badBase = try LocgenProcess.run(["seo", "check", "--base-url", "shop.example.com", "."])
        #expect(badBase.status == 2)
        #expect(badBase.standardError.contains("--base-url 'shop.example.com' is not an absolute http(s) URL"))
    }
}
