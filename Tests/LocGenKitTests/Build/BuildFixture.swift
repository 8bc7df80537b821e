import Foundation
import LocGenICU

@testable import LocGenKit

/// A small site in a temporary folder: three markets (one on its own host, one with CHF cash rounding),
/// four products (a Cyrillic and a CJK slug, one not sold in Switzerland), rates, bundles, a theme and
/// `static/`.
final class BuildFixture {
    let folder: TemporaryDirectory
    var site: String { folder.path + "/site" }
    var output: String { site + "/public" }
    var theme: String { folder.path + "/theme" }

    static let config = """
        site:
          name: Test Shop
          base-url: https://shop.example.com
        source-locale: en
        base-currency: EUR
        rates: data/rates.yaml
        catalog: data/products.jsonl
        markets:
          de:
            locale: de-DE
            currency: EUR
            path: /de/
            time-zone: Europe/Berlin
            returns-days: 30
          ch:
            locale: de-CH
            currency: CHF
            path: /ch/
            pricing: { rounding: cash }
          cn:
            locale: zh-Hans-CN
            currency: CNY
            path: /
            host: shop.example.cn
        """

    static let products = [
        #"{"id": "p1", "slug": {"en": "tent", "de": "zelt"}, "price": "100", "stock": 0, "name": {"en": "Tent", "de": "Zelt", "zh": "中式帐篷"}, "created": "2026-03-01"}"#,
        #"{"id": "p2", "slug": "apple-basket", "price": "20", "name": {"en": "Apple basket", "de": "Äpfelkorb"}, "markets": {"ch": {"sold": false}}}"#,
        #"{"id": "p3", "slug": "банан", "price": "12.34", "stock": 1, "name": {"en": "Banana", "de": "Banane"}, "images": [{"src": "img/banana.jpg", "alt": {"en": "A banana"}}]}"#,
        #"{"id": "p4", "slug": {"en": "anorak", "zh": "安全带"}, "price": "5", "name": {"en": "Anorak", "zh": "安全带"}, "markets": {"cn": {"price": "49"}}}"#,
    ]

    init() throws {
        folder = try TemporaryDirectory()
        try folder.write("site/locgen.yaml", Self.config)
        try folder.write("site/data/rates.yaml", "base: EUR\nrates:\n  CHF: \"0.9421\"\n  CNY: \"7.8\"\n")
        try writeCatalog(Self.products)
        try folder.write(
            "site/locales/en.yaml",
            "title: Shop\nstock: \"{count, plural, one {# item left} other {# items left}}\"\n"
        )
        try folder.write(
            "site/locales/de.yaml",
            "title: Laden\nstock: \"{count, plural, one {noch # Stück} other {noch # Stück}}\"\n"
        )
        try folder.write("theme/locales/de-CH.yaml", "title: Laden CH\n")
        try folder.write("theme/locales/zh.yaml", "title: 商店\n")
        try folder.write("theme/templates/product.mustache", "{{product.name}}\n")
        try folder.write("site/static/robots.txt", "User-agent: *\n")
        try folder.write("site/static/img/banana.jpg", bytes: [0xFF, 0xD8, 0xFF])
    }

    func writeCatalog(_ lines: [String]) throws {
        try folder.write("site/data/products.jsonl", lines.joined(separator: "\n") + "\n")
    }

    func request(markets: [String] = [], strict: Bool = false, date: LocalDateTime? = nil) -> BuildRequest {
        BuildRequest(
            siteDirectory: site,
            marketIDs: markets,
            isStrict: strict,
            themeDirectories: [theme],
            buildDate: date
        )
    }

    func build(
        markets: [String] = [],
        renderer: TestRenderer = TestRenderer(),
        date: LocalDateTime? = nil
    ) async throws(BuildFailure) -> BuildReport {
        try await Builder(renderer: renderer).build(request(markets: markets, date: date), progress: nil)
    }

    /// Every file of the output by relative path, with its bytes.
    func outputFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: output) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isFolder), !isFolder.boolValue
            {
                files[path] = FileManager.default.contents(atPath: output + "/" + path)
            }
        }
        return files
    }

    /// The text of an output file.
    func page(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: output + "/" + path) ?? Data(), as: UTF8.self)
    }

    /// Names in the site folder, to find leftover staging folders.
    func siteEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site).sorted()
    }
}
