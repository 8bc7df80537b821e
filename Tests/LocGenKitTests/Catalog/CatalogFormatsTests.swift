import LocGenICU
import LocGenKit
import Testing

extension CatalogTests {
    struct CatalogFormatsTests {
        static let expected: [Product] = [
            Product(
                id: "p1",
                slug: LocalizedText(["en": "alpine-jacket", "de": "alpinjacke"]),
                price: DecimalAmount("129.90")!,
                stock: 3,
                category: "jackets",
                created: DateValue(iso8601: "2026-01-05"),
                updated: DateValue(iso8601: "2026-02-01T10:30:00Z"),
                images: [
                    ProductImage(source: "img/p1.jpg"), ProductImage(source: "https://cdn.example.com/p1-back.jpg"),
                ],
                text: [
                    "name": LocalizedText(["en": "Alpine jacket", "de": "Alpinjacke"]),
                    "description": LocalizedText(["en": "Warm.", "de": "Warm, \"sehr\" warm."]),
                    "material": LocalizedText(["en": "wool"]),
                ],
                markets: ["cn": MarketOverride(price: DecimalAmount("899")), "us": MarketOverride(isSold: false)],
                related: ["p2"],
                attributes: ["color": "red"]
            ),
            Product(
                id: "p2",
                slug: LocalizedText(untagged: "trail-shoe"),
                price: DecimalAmount("59")!,
                text: ["name": LocalizedText(["en": "Trail shoe", "ja": "トレイルシューズ"])]
            ),
        ]

        static let jsonObjects = [
            """
            {"id": "p1", "slug": {"en": "alpine-jacket", "de": "alpinjacke"}, "price": 129.90, "stock": 3, \
            "category": "jackets", "created": "2026-01-05", "updated": "2026-02-01T10:30:00Z", \
            "images": ["img/p1.jpg", {"src": "https://cdn.example.com/p1-back.jpg"}], \
            "name": {"en": "Alpine jacket", "de": "Alpinjacke"}, "description": {"en": "Warm.", "de": "Warm, \\"sehr\\" warm."}, \
            "material": {"en": "wool"}, "markets": {"cn": {"price": "899"}, "us": {"sold": false}}, "related": ["p2"], "color": "red"}
            """,
            """
            {"id": "p2", "slug": "trail-shoe", "price": "59", "name": {"en": "Trail shoe", "ja": "\\u30c8レイルシューズ"}, "category": null}
            """,
        ]

        @Test func readsAJSONArray() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write("products.json", "[\n" + Self.jsonObjects.joined(separator: ",\n") + "\n]\n")
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(errors.isEmpty)
            #expect(products == Self.expected)
        }

        @Test func readsJSONLinesSkippingBlankLines() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "products.jsonl",
                "\n" + Self.jsonObjects.joined(separator: "\r\n  \n") + "\n\n"
            )
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(errors.isEmpty)
            #expect(products == Self.expected)
        }

        @Test func readsCSV() throws {
            let folder = try TemporaryDirectory()
            let csv = """
                id,slug,slug.en,slug.de,price,stock,category,created,updated,images,name.en,name.de,name.ja,description.en,description.de,material.en,markets.cn.price,markets.us.sold,related,color\r
                p1,,alpine-jacket,alpinjacke,129.90,3,jackets,2026-01-05,2026-02-01T10:30:00Z,img/p1.jpg; https://cdn.example.com/p1-back.jpg,Alpine jacket,Alpinjacke,,Warm.,"Warm, ""sehr"" warm.",wool,899,false,p2,red\r
                p2,trail-shoe,,,59,,,,,,Trail shoe,,トレイルシューズ,,,,,,,\r

                """
            let path = try folder.write("products.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(csv.utf8))
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(errors.isEmpty)
            #expect(products == Self.expected)
        }

        @Test func readsYAML() throws {
            let folder = try TemporaryDirectory()
            let yaml = """
                - id: p1
                  slug: {en: alpine-jacket, de: alpinjacke}
                  price: 129.90
                  stock: 3
                  category: jackets
                  created: 2026-01-05
                  updated: "2026-02-01T10:30:00Z"
                  images:
                    - img/p1.jpg
                    - src: https://cdn.example.com/p1-back.jpg
                  name: {en: Alpine jacket, de: Alpinjacke}
                  description:
                    en: Warm.
                    de: 'Warm, "sehr" warm.'
                  material: {en: wool}
                  markets:
                    cn: {price: 899}
                    us: {sold: false}
                  related: [p2]
                  color: red
                - id: p2
                  slug: trail-shoe
                  price: "59"
                  name: {en: Trail shoe, ja: トレイルシューズ}
                  category: ~
                """
            let path = try folder.write("products.yaml", yaml)
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(errors.isEmpty)
            #expect(products == Self.expected)
        }

        @Test func readsImageAltTextAndCanonicalisesLocaleKeys() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "products.jsonl",
                #"{"id": "p3", "slug": {"de_CH": "jacke", "": "jacket"}, "price": 1, "name": {"EN-gb": "Jacket"}, "images": [{"src": "img/p3.jpg", "alt": {"en": "A jacket"}}]}"#
            )
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(errors.isEmpty)
            let product = try #require(products.first)
            #expect(product.slug == LocalizedText(["de-CH": "jacke", "": "jacket"]))
            #expect(product.name == LocalizedText(["en-GB": "Jacket"]))
            #expect(product.images == [ProductImage(source: "img/p3.jpg", alt: LocalizedText(["en": "A jacket"]))])
        }

        @Test func keepsThePriceDigitsOfAJSONNumber() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "products.jsonl",
                #"{"id": "p4", "slug": "p4", "price": 12345678901234567890.10, "name": "P4"}"#
            )
            let product = try #require(try CatalogTests.readAll(path).products.first)
            #expect(product.price.text == "12345678901234567890.10")
            #expect(product.name == LocalizedText(untagged: "P4"))
        }

        @Test(arguments: [
            ("a.json", CatalogFormat.json), ("a.JSONL", .jsonLines), ("dir.v2/a.ndjson", .jsonLines), ("a.csv", .csv),
            ("a.yml", .yaml), ("a.yaml", .yaml),
        ])
        func choosesTheFormatByExtension(path: String, format: CatalogFormat) {
            #expect(CatalogFormat(path: path) == format)
        }

        @Test func rejectsAnUnknownExtension() throws {
            let error = try #require(throws: LocGenError.self) { try CatalogReader(path: "data/products.txt") }
            #expect(error.code == .invalidCatalog)
            #expect(
                error.message
                    == "cannot tell the format of the catalog 'data/products.txt'; name it .json, .jsonl, .csv or .yaml"
            )
        }

        @Test func reportsAMissingFile() throws {
            let error = try #require(throws: LocGenError.self) {
                try CatalogReader(path: "/nonexistent/products.jsonl")
            }
            #expect(error.code == .unreadableFile)
            #expect(error.message == "cannot read '/nonexistent/products.jsonl': no such file or directory")
        }
    }
}
