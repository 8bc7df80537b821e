import ArgumentParser
import Foundation
import Testing

@testable import locgen

/// `locgen build` with the default theme built into the binary: no --theme needed, --no-default-theme leaves it out.
struct BuildCommandTests {
    static let repository: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    /// A copy of examples/shop without its output in a fresh temporary folder; the caller removes the folder.
    static func copyOfDemo() throws -> (folder: String, site: String) {
        let folder = try temporaryFolder()
        let site = folder + "/shop"
        try FileManager.default.copyItem(atPath: repository + "/examples/shop", toPath: site)
        try? FileManager.default.removeItem(atPath: site + "/public")
        return (folder, site)
    }

    @Test func buildsTheDemoShopWithNoThemeFlag() async throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let command = try #require(try LocGenCommand.parseAsRoot(["build", "--site", site, "--quiet"]) as? Build)
        try await command.run()
        #expect(FileManager.default.fileExists(atPath: site + "/public/de/index.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/public/jp/index.html"))
    }

    /// The inode of an output file, which a rebuild keeps when it leaves the file in place.
    static func inode(_ path: String) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber).uint64Value
    }

    @Test func rebuildMovesOnlyTheChangedProductsPagesAndAFailedOneNothing() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        #expect(try LocgenProcess.run(["build", "--site", site, "--quiet"], environment: environment).status == 0)
        let changed = site + "/public/de/alpina-hardshell-jacke/index.html"
        let unchanged = site + "/public/de/fjord-isolationsparka/index.html"
        let (changedBefore, unchangedBefore) = (try Self.inode(changed), try Self.inode(unchanged))
        let catalog = site + "/data/products.jsonl"
        let products = try String(contentsOfFile: catalog, encoding: .utf8)
        try Data(products.replacingOccurrences(of: #""price": "279.00""#, with: #""price": "289.00""#).utf8)
            .write(to: URL(fileURLWithPath: catalog))
        let rebuilt = try LocgenProcess.run(["build", "--site", site], environment: environment)
        #expect(rebuilt.status == 0, "\(rebuilt.standardError)")
        #expect(try Self.inode(changed) != changedBefore)
        #expect(try Self.inode(unchanged) == unchangedBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains("staging") } == [])

        let changedAfter = try Self.inode(changed)
        let page = try String(contentsOfFile: changed, encoding: .utf8)
        try Data((products + "{\"id\": \"p-x\"\n").utf8).write(to: URL(fileURLWithPath: catalog))
        let broken = try LocgenProcess.run(["build", "--site", site, "--quiet"], environment: environment)
        #expect(broken.status == 1)
        #expect(try Self.inode(changed) == changedAfter)
        #expect(try String(contentsOfFile: changed, encoding: .utf8) == page)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains("staging") } == [])
    }

    @Test func checkPassesTheDemoAndFailsABrokenRobotsFileWithoutReplacingTheOutput() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let clean = try LocgenProcess.run(["build", "--site", site, "--check", "--quiet"], environment: environment)
        #expect(clean.status == 0, "\(clean.standardError)")
        // Nothing changed: the existing output is checked instead.
        let again = try LocgenProcess.run(["build", "--site", site, "--check"], environment: environment)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.hasPrefix("nothing changed"))
        let before = try String(contentsOfFile: site + "/public/robots.txt", encoding: .utf8)
        try Data("User-agent: *\nSitemap: /sitemap.xml\n".utf8).write(to: URL(fileURLWithPath: site + "/static/robots.txt"))
        let broken = try LocgenProcess.run(["build", "--site", site, "--check", "--quiet"], environment: environment)
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("\(site)/public/robots.txt:2:9: error: Sitemap: '/sitemap.xml' is not an absolute URL; write it with https:// and the host [seo.robots.sitemap]"), "\(broken.standardError)")
        #expect(broken.standardError.contains("locgen seo check found 1 error in the new output, so it did not replace \(site)/public"))
        #expect(try String(contentsOfFile: site + "/public/robots.txt", encoding: .utf8) == before)
        // Without --check the same site builds.
        #expect(try LocgenProcess.run(["build", "--site", site, "--quiet"], environment: environment).status == 0)
    }

    @Test func checkReadsCompressedSitemapsAndFindsAPageMissingFromThem() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let built = try LocgenProcess.run(["build", "--site", site, "--gzip", "--check", "--quiet"], environment: environment)
        #expect(built.status == 0, "\(built.standardError)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/sitemap.xml.gz"))
        // A page the compressed sitemaps do not list is found, so their URLs were read.
        try FileManager.default.createDirectory(atPath: site + "/public/us/extra", withIntermediateDirectories: true)
        try Data(
            "<!doctype html><html lang=\"en-US\"><head><title>Extra</title><link rel=\"canonical\" href=\"https://shop.example.com/us/extra/\"></head></html>\n".utf8
        ).write(to: URL(fileURLWithPath: site + "/public/us/extra/index.html"))
        let checked = try LocgenProcess.run(["seo", "check", site + "/public"], environment: environment)
        #expect(checked.standardError.contains("us/extra/index.html") || checked.standardOutput.contains("us/extra/index.html"))
        #expect(checked.standardOutput.contains("seo.sitemap.missing-page") || checked.standardError.contains("seo.sitemap.missing-page"))
        #expect(!(checked.standardOutput + checked.standardError).contains("seo.sitemap.compressed"))
    }

    @Test func findsNoTemplatesWhenTheDefaultThemeIsLeftOut() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Without the theme's bundles no payment method has a name, which would fail the configuration first.
        let config = try String(contentsOfFile: site + "/locgen.yaml", encoding: .utf8)
        try config.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("payment-methods:") }.joined(separator: "\n")
            .write(toFile: site + "/locgen.yaml", atomically: true, encoding: .utf8)
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let result = try LocgenProcess.run(["build", "--site", site, "--no-default-theme"], environment: environment)
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: template 'product' does not exist"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
        // The built-in theme is not even written out.
        #expect(!FileManager.default.fileExists(atPath: folder + "/cache"))
    }

    @Test func paymentMethodNoBundleNamesExitsWithAConfigurationError() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = try String(contentsOfFile: site + "/locgen.yaml", encoding: .utf8)
        try config.replacingOccurrences(of: "amex, oxxo,", with: "amex, oxo,")
            .write(toFile: site + "/locgen.yaml", atomically: true, encoding: .utf8)
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let result = try LocgenProcess.run(["build", "--site", site], environment: environment)
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "shop/locgen.yaml:127:47: error: market 'mx' accepts the payment method 'oxo', which no locale bundle "
                    + "names for es-MX; did you mean 'oxxo'?"
            ),
            "\(result.standardError)"
        )
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }
}
