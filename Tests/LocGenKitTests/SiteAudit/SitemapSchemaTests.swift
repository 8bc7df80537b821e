import Foundation
import Testing

@testable import LocGenKit

/// The sitemaps locgen writes validate against the sitemaps.org 0.9 schemas (vendored in
/// Fixtures/Sitemaps with small schemas for the xhtml:link and Baidu mobile elements), checked by
/// xmllint from Debian's libxml2-utils, which Scripts/setup.sh installs.
struct SitemapSchemaTests {
    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let schemas = Repository.root + "/Tests/LocGenKitTests/Fixtures/Sitemaps/"

    /// xmllint's exit status and messages for one file against one schema.
    static func validate(_ file: String, schema: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint!)
        process.arguments = ["--noout", "--nonet", "--schema", schemas + schema, file]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: xmllint != nil, "xmllint is missing: install libxml2-utils (bash Scripts/setup.sh does)"))
    func demoShopSitemapsValidate() async throws {
        let (folder, output, _) = try await DemoShopTests.buildDemo()
        _ = folder
        let sitemaps = [output + "/sitemap.xml", output + "/_hosts/shop.example.cn/sitemap-baidu.xml"]
        for sitemap in sitemaps {
            let result = try Self.validate(sitemap, schema: "sitemap-with-extensions.xsd")
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test(.enabled(if: xmllint != nil, "xmllint is missing: install libxml2-utils (bash Scripts/setup.sh does)"))
    func splitSitemapsAndTheirIndexValidate() throws {
        let folder = try TemporaryDirectory()
        var sitemap = Sitemap(kind: .standard, origin: "https://shop.example.com")
        sitemap.maximumURLs = 2
        let entries = (1...5).map { number in
            Sitemap.Entry(
                url: "https://shop.example.com/de/p-\(number)/",
                alternates: [PageHead.Alternate(hreflang: "de-DE", href: "https://shop.example.com/de/p-\(number)/")]
            )
        }
        let files = sitemap.files(for: entries)
        #expect(files.map(\.name) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        for file in files {
            let path = try folder.write(file.name, file.text)
            let schema = file.name == "sitemap.xml" ? "siteindex.xsd" : "sitemap-with-extensions.xsd"
            let result = try Self.validate(path, schema: schema)
            #expect(result.status == 0, "\(file.name): \(result.output)")
        }
    }

    /// The schemas do reject what they should, so the tests above can fail.
    @Test(.enabled(if: xmllint != nil, "xmllint is missing: install libxml2-utils (bash Scripts/setup.sh does)"))
    func rejectsABadLastmodAndAnAlternateWithoutHreflang() throws {
        let folder = try TemporaryDirectory()
        let bad = try folder.write(
            "sitemap.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
              <url><loc>https://shop.example.com/de/</loc><lastmod>26.11.2026</lastmod></url>
              <url><loc>https://shop.example.com/fr/</loc><xhtml:link rel="alternate" href="https://shop.example.com/fr/"/></url>
            </urlset>
            """
        )
        let result = try Self.validate(bad, schema: "sitemap-with-extensions.xsd")
        #expect(result.status != 0)
        #expect(result.output.contains("'26.11.2026' is not a valid value"))
        #expect(result.output.contains("hreflang"))
    }
}
