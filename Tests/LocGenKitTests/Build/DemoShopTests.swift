import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// The demo shop built with the default theme, page by page against golden files: an RTL market, a
/// CJK market, Russian plurals, Swiss cash rounding and tax-inclusive prices.
struct DemoShopTests {
    /// Copies examples/shop into a fresh folder and builds it with the repository's theme.
    static func buildDemo(gzip: Bool = false) async throws -> (folder: TemporaryDirectory, output: String, report: BuildReport) {
        let folder = try TemporaryDirectory()
        let site = folder.path + "/shop"
        try FileManager.default.copyItem(atPath: Repository.root + "/examples/shop", toPath: site)
        try? FileManager.default.removeItem(atPath: site + "/public")
        let request = BuildRequest(
            siteDirectory: site,
            isStrict: false,
            themeDirectories: [Repository.root],
            buildDate: LocalDateTime(year: 2026, month: 11, day: 26),
            compressesSitemaps: gzip
        )
        let renderer = try MustacheRenderer(
            templates: TemplateSet.load(directories: request.templateDirectories),
            isStrict: false
        )
        let report = try await Builder(renderer: renderer).build(request, progress: nil)
        return (folder, site + "/public", report)
    }

    /// The page of a product in a market's folder, found by the product id in its add-to-cart form.
    static func page(of product: String, in marketFolder: String, output: String) throws -> String {
        let folder = output + "/" + marketFolder
        for slug in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let path = folder + "/" + slug + "/index.html"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let html = String(decoding: data, as: UTF8.self)
            if html.contains("name=\"product\" value=\"\(product)\"") { return html }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    @Test func buildsEveryMarketOfTheDemo() async throws {
        let (folder, _, report) = try await Self.buildDemo()
        _ = folder
        #expect(report.markets.count == 12)
        // 42 products in 12 markets, one not sold in China, one index page per market and the language selector.
        #expect(report.totalPages == 42 * 12 - 1 + 12 + 1)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }

    @Test(.enabled(if: ICU.majorVersion == 72, "pages hold ICU 72 output"))
    func rendersPagesAsTheGoldenFilesShow() async throws {
        let (folder, output, _) = try await Self.buildDemo()
        _ = folder
        for (market, name) in [
            ("ae", "ae-rtl"), ("jp", "jp-cjk"), ("ru", "ru-plurals"), ("ch", "ch-cash"), ("de", "de-tax"),
            // Installments with the monthly amount; Chinese names of Alipay and WeChat Pay.
            ("mx", "mx-installments"), ("br", "br-installments"), ("_hosts/shop.example.cn", "cn-payments"),
        ] {
            expectGolden(try Self.page(of: "p-001", in: market, output: output), "Pages/\(name)-p-001.html")
        }
        expectGolden(try Self.page(of: "p-002", in: "ru", output: output), "Pages/ru-plurals-p-002.html")
        let index = try String(contentsOfFile: output + "/de/index.html", encoding: .utf8)
        expectGolden(index, "Pages/de-index.html")
        let selector = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        expectGolden(selector, "Pages/selector.html")
    }

    @Test func buildsTheSameBytesTwice() async throws {
        let first = try await Self.buildDemo()
        let second = try await Self.buildDemo()
        // Every file but the records of the inputs, which hash the temporary folder's paths.
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.output).sorted()
            .filter { $0 != BuildInputs.path && $0 != ProductArchive.path && !$0.hasSuffix("/") }
            .filter { !FileManager.default.fileExists(atPath: first.output + "/" + $0 + "/.") }
        #expect(files.filter { $0.hasSuffix(".html") }.count == 516)
        #expect(files.contains(".locgen/manifest.json") && files.contains("sitemap.xml"))
        for file in files {
            #expect(
                FileManager.default.contents(atPath: first.output + "/" + file)
                    == FileManager.default.contents(atPath: second.output + "/" + file),
                "\(file)"
            )
        }
    }
}

struct DemoShopHreflangTests {
    /// Every page of a product lists the same alternates, so every hreflang link is reciprocal, and a
    /// market that does not sell the product is left out of its cluster everywhere.
    @Test func clustersAreReciprocal() async throws {
        let (folder, output, _) = try await DemoShopTests.buildDemo()
        _ = folder
        var clusters: [String: Set<String>] = [:]
        for file in try FileManager.default.subpathsOfDirectory(atPath: output).sorted() where file.hasSuffix("/index.html") {
            let html = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
            guard let idRange = html.range(of: "name=\"product\" value=\"") else { continue }
            let id = String(html[idRange.upperBound...].prefix { $0 != "\"" })
            let links = html.split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\"") }.map(String.init)
            let cluster = Set(links)
            if let known = clusters[id] {
                #expect(known == cluster, "\(file) disagrees with the other pages of \(id)")
            } else {
                clusters[id] = cluster
            }
            let canonical = html.split(separator: "\n").first { $0.hasPrefix("<link rel=\"canonical\"") }
            let href = canonical.map { String($0.dropFirst("<link rel=\"canonical\" href=\"".count).dropLast(2)) }
            #expect(links.contains { $0.hasSuffix("href=\"\(href ?? "?")\">") && !$0.contains("x-default") }, "\(file) lists itself")
        }
        #expect(clusters.count == 42)
        // p-038 is not sold in China: no page of it names the China host.
        #expect(clusters["p-038"]?.contains { $0.contains("shop.example.cn") } == false)
        #expect(clusters["p-001"]?.contains { $0.contains("hreflang=\"zh-Hans-CN\" href=\"https://shop.example.cn/") } == true)
    }
}
