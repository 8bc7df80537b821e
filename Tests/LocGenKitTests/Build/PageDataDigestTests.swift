import Testing

@testable import LocGenKit

/// A page's input hash covers every value of its data, whether the digest of a part is worked out with the
/// page or shared by many pages.
struct PageDataDigestTests {
    static let data: TemplateValue = [
        "site": ["name": "Shop", "url": "https://shop.example"],
        "markets": [
            ["id": "de", "url": "https://shop.example/de/zelt/", "isCurrent": true],
            ["id": "ch", "url": "https://shop.example/ch/zelt/", "isCurrent": false],
        ],
        "product": ["name": "Zelt", "images": [["src": "a.jpg", "alt": "Zelt"]], "related": []],
        "dates": ["delivery": false],
    ]

    /// Every text and truth value in `value`, with a function that gives `value` with just that one changed.
    static func leaves(of value: TemplateValue) -> [(path: String, changed: TemplateValue)] {
        switch value {
        case .text(let text): return [("", .text(text + "x"))]
        case .bool(let flag): return [("", .bool(!flag))]
        case .list(let items):
            return items.indices.flatMap { index in
                leaves(of: items[index]).map { leaf in
                    var changed = items
                    changed[index] = leaf.changed
                    return ("[\(index)]" + leaf.path, TemplateValue.list(changed))
                }
            }
        case .object(let members):
            return members.keys.sorted().flatMap { key in
                leaves(of: members[key]!).map { leaf in
                    var changed = members
                    changed[key] = leaf.changed
                    return ("." + key + leaf.path, TemplateValue.object(changed))
                }
            }
        }
    }

    @Test func changingAnyOneValueChangesTheDigest() {
        let leaves = Self.leaves(of: Self.data)
        #expect(leaves.count == 12)
        var seen: Set<UInt64> = [Self.data.digest]
        for leaf in leaves {
            #expect(seen.insert(leaf.changed.digest).inserted, "\(leaf.path)")
        }
    }

    @Test func objectDigestTellsWhichMemberHoldsWhichValue() {
        let digest = TemplateValue(dictionaryLiteral: ("a", "x"), ("b", "y")).digest
        #expect(digest == TemplateValue(dictionaryLiteral: ("b", "y"), ("a", "x")).digest)
        #expect(digest != TemplateValue(dictionaryLiteral: ("a", "y"), ("b", "x")).digest)
        #expect(digest != TemplateValue(dictionaryLiteral: ("a", "x"), ("c", "y")).digest)
        #expect(digest != TemplateValue(dictionaryLiteral: ("a", "x"), ("b", "y"), ("c", false)).digest)
    }

    @Test func listDigestFollowsTheOrder() {
        #expect(TemplateValue.list(["a", "b"]).digest != TemplateValue.list(["b", "a"]).digest)
        #expect(TemplateValue.list(["a"]).digest != TemplateValue.list(["a", "a"]).digest)
        #expect(TemplateValue.list([]).digest != TemplateValue.object([:]).digest)
        #expect(TemplateValue.text("true").digest != TemplateValue.bool(true).digest)
    }

    @Test func sharedDigestsGiveTheDigestOfTheWholeTree() throws {
        guard case .object(let members) = Self.data, case .list(let markets)? = members["markets"] else {
            Issue.record("the fixture's data has no market list")
            return
        }
        var object = DigestedObject()
        for (key, value) in members where key != "markets" {
            object.set(key, value)
        }
        object.set("markets", .list(markets), digest: TemplateValue.listDigest(of: markets.map(\.digest)))
        #expect(object.value == Self.data)
        #expect(object.digest == Self.data.digest)
    }

    @Test func pageHashChangesWithTheSharedParts() {
        func hash(_ context: TemplateValue) -> UInt64 {
            PlannedPage(
                path: "de/zelt/index.html",
                template: "product",
                context: context,
                arguments: [:],
                market: 0,
                digests: (1, 2),
                contextDigest: context.digest
            ).inputHash
        }
        var seen: Set<UInt64> = [hash(Self.data)]
        for leaf in Self.leaves(of: Self.data) {
            #expect(seen.insert(hash(leaf.changed)).inserted, "\(leaf.path)")
        }
    }
}
