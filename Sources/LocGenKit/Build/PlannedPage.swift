import LocGenICU

/// A page the build will write: where, from which template, with which data, and the hash of all of it.
struct PlannedPage: Sendable {
    /// The file, relative to the output.
    var path: String
    var template: String
    var context: TemplateValue
    var arguments: [String: MessageValue]
    /// Index into ``SitePlan/markets``.
    var market: Int
    /// The messages of a page that belongs to no market (the language selector), instead of the market's.
    var messages: MessageTable?
    /// The ``StableHash`` of template name, templates, messages, context (its ``TemplateValue/digest``) and
    /// arguments.
    var inputHash: UInt64

    init(
        path: String,
        template: String,
        context: TemplateValue,
        arguments: [String: MessageValue],
        market: Int,
        digests: (UInt64, UInt64),
        contextDigest: UInt64? = nil
    ) {
        // A digest made from shared parts (``DigestedObject``) must be the one of the whole tree; checked in
        // debug builds, which the tests use.
        assert(contextDigest == nil || contextDigest == context.digest, "page data digest out of step")
        self.path = path
        self.template = template
        self.context = context
        self.arguments = arguments
        self.market = market
        var hash = StableHash()
        hash.combine(template)
        hash.combine(digests.0)
        hash.combine(digests.1)
        hash.combine(contextDigest ?? context.digest)
        for (name, value) in arguments.sorted(by: { $0.key < $1.key }) {
            hash.combine(name)
            value.feed(into: &hash)
        }
        self.inputHash = hash.value
    }
}

/// A product's line on a market's index page: what the build needs per product and market once the catalog
/// ends (an id, a name, a URL and a price: about 200 bytes), kept on disk until then (``PageSpill``).
struct IndexEntry: Sendable {
    var productID: String
    var name: String
    var url: String
    var price: String
    /// The page's hreflang cluster, for the sitemaps; one array shared by the product's pages.
    var alternates: [PageHead.Alternate] = []
    /// The product's position in the catalog, which orders the sitemaps; merged shards are put back in it.
    var position = 0
    /// The day the page's bytes last changed, for the sitemaps' `lastmod`.
    var lastModified: String?
}

extension TemplateValue {
    /// A ``StableHash`` of the value with its structure: of a list, its items' digests in order; of an object,
    /// its members in any order.
    ///
    /// A part of many pages' data (a market's `market`, a product's switcher entries and `seo.alternates`) can
    /// so be hashed once and its digest fed to each page (``listDigest(of:)``, ``objectDigest(of:)``) with the
    /// same result as hashing the whole tree.
    var digest: UInt64 {
        var hash = StableHash()
        switch self {
        case .text(let text):
            hash.combine(1)
            // Eight bytes a step: a page's data is mostly text (30 switcher URLs at 30 markets), and
            // byte-at-a-time FNV-1a over it cost 2 % of a cold build's CPU time (perf, 300 × 30).
            hash.combine(contentsOf: text)
            return hash.value
        case .bool(let flag):
            hash.combine(flag ? 2 : 3)
            return hash.value
        case .list(let items):
            return Self.listDigest(of: items.lazy.map(\.digest))
        case .object(let members):
            return Self.objectDigest(of: members.lazy.map { ($0.key, $0.value.digest) })
        }
    }

    /// The ``digest`` of a list whose items have the digests given, in order.
    static func listDigest(of items: some Collection<UInt64>) -> UInt64 {
        var hash = StableHash()
        hash.combine(4)
        hash.combine(UInt64(items.count))
        for item in items { hash.combine(item) }
        return hash.value
    }

    /// The ``digest`` of an object whose members' values have the digests given, in any order.
    ///
    /// Each member is hashed on its own, name and value digest, and the mixed results are added: a sum does
    /// not depend on the order, so no object needs a sorted copy of its keys, and a changed member changes
    /// its own term and so the sum (adding is one-to-one in each term).
    static func objectDigest(of members: some Collection<(String, UInt64)>) -> UInt64 {
        var sum: UInt64 = 0
        for (name, value) in members {
            var member = StableHash()
            member.combine(name)
            member.combine(value)
            sum &+= StableHash.mixed(member.value)
        }
        var hash = StableHash()
        hash.combine(5)
        hash.combine(UInt64(members.count))
        hash.combine(sum)
        return hash.value
    }
}

extension MessageValue {
    /// Feeds the value to a hash: its kind, then its text or bits.
    ///
    /// Every page hashes about ten arguments; `String(describing:)` printed each through reflection (`Mirror`),
    /// which cost about 2 % of a cold build's CPU time (perf, 1,000 products × 12 markets).
    func feed(into hash: inout StableHash) {
        switch self {
        case .number(let text):
            hash.combine(1)
            hash.combine(text)
        case .double(let number):
            hash.combine(2)
            hash.combine(number.bitPattern)
        case .date(let date):
            // Rare in page arguments, so the printed form is good enough.
            hash.combine(3)
            hash.combine(String(describing: date))
        case .string(let text):
            hash.combine(4)
            hash.combine(text)
        }
    }
}
