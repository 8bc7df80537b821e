import LocGenICU
import Testing

@testable import LocGenKit

/// The first pass over the catalog: which products are kept for related cards, and the warnings.
struct RelatedProductsTests {
    private static let catalog = [
        #"{"id": "p1", "slug": "a", "price": "10", "name": {"en": "A"}, "related": "p2"}"#,
        #"{"id": "p2", "slug": "b", "price": "20", "name": {"en": "B", "de": "Be"}, "images": ["b.jpg"]}"#,
        #"{"id": "p3", "slug": "c", "price": "30", "name": {"en": "C"}, "related": ["p4", "p5", "p2", "p9"]}"#,
        #"{"id": "p4", "slug": "d", "name": {"en": "D"}}"#,
        #"{"id": "p5", "slug": "e", "price": "50", "name": {"en": "E"}, "markets": {"ch": {"price": "55"}}}"#,
        #"{"id": "p6", "slug": "f", "price": "60", "name": {"en": "F"}}"#,
        #"{"id": "p5", "slug": "g", "price": "70", "name": {"en": "G"}}"#,
    ]

    @Test func keepsOnlyTheListedProductsReducedToWhatACardShows() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("products.jsonl", Self.catalog.joined(separator: "\n") + "\n")
        var warnings: [LocGenError] = []
        let related = RelatedProducts.load(catalogPath: path, warnings: &warnings)
        #expect(related.products.keys.sorted() == ["p2", "p5"])
        let second = try #require(related["p2"])
        #expect(second.name.resolve(along: [try LocaleID("de")]) == "Be")
        #expect(second.images.isEmpty)
        #expect(second.text.keys.sorted() == ["name"])
        // The first product with an id is the one kept, as the build keeps it.
        let fifth = try #require(related["p5"])
        #expect(fifth.price == DecimalAmount(50))
        #expect(fifth.markets["ch"]?.price == DecimalAmount(55))
        // p4 has no price, so the catalog has no product p4 that the build could show.
        #expect(
            warnings.map(\.message) == [
                "\(path): product 'p3' lists the related product 'p4', which the catalog does not have; its card is left out",
                "\(path): product 'p3' lists the related product 'p9', which the catalog does not have; its card is left out",
            ]
        )
        #expect(warnings.allSatisfy { $0.code == .buildWarning })
    }

    @Test func findsRelatedIDsWrittenWithEscapesInAnyLine() throws {
        let folder = try TemporaryDirectory()
        let lines = [
            #"{"id": "p1", "slug": "a", "price": "10", "name": {"en": "A"}, "\u0072elated": ["p2"]}"#,
            Self.catalog[1],
            #"{"id": "p3", "slug": "c", "price": "30", "name": {"en": "C"}, "related": "p\u0036"}"#,
            "{not json",
            Self.catalog[5],
        ]
        let path = try folder.write("products.jsonl", lines.joined(separator: "\n") + "\n")
        var warnings: [LocGenError] = []
        let related = RelatedProducts.load(catalogPath: path, warnings: &warnings)
        #expect(related.products.keys.sorted() == ["p2", "p6"])
        #expect(warnings.isEmpty)
    }

    @Test func findsListedProductsWhoseIdIsANumberOrWrittenWithEscapes() throws {
        let folder = try TemporaryDirectory()
        let lines = [
            #"{"id": "p1", "slug": "a", "price": "10", "name": {"en": "A"}, "related": ["p2", "7", "p8"]}"#,
            #"{"id": "p\u0032", "slug": "b", "price": "20", "name": {"en": "B"}}"#,
            #"{"id": 7, "slug": "c", "price": "30", "name": {"en": "C"}}"#,
            #"{"id": "p8x", "slug": "d", "price": "40", "name": {"en": "p8 lookalike"}, "attributes": {"p8": "no"}}"#,
        ]
        let path = try folder.write("products.jsonl", lines.joined(separator: "\n") + "\n")
        var warnings: [LocGenError] = []
        let related = RelatedProducts.load(catalogPath: path, warnings: &warnings)
        #expect(related.products.keys.sorted() == ["7", "p2"])
        #expect(related["7"]?.price == DecimalAmount(30))
        // p8x is parsed (it has a member named p8) but is not p8.
        #expect(
            warnings.map(\.message) == [
                "\(path): product 'p1' lists the related product 'p8', which the catalog does not have; its card is left out"
            ]
        )
    }

    @Test func readsNothingMoreWhenNoProductListsAnother() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("products.jsonl", Self.catalog[1] + "\n" + Self.catalog[5] + "\n")
        var warnings: [LocGenError] = []
        #expect(RelatedProducts.load(catalogPath: path, warnings: &warnings).products.isEmpty)
        #expect(warnings.isEmpty)
    }
}
