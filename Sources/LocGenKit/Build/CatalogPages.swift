/// What the catalog pass made: the product pages written, and what the index pages, sitemaps, manifest
/// and report need of them.
///
/// A single build gets it from ``CatalogPass``; `locgen merge` puts it together from the shards'
/// ``ShardRecord``s, so both finish the site with the same code (``SiteFinish``).
struct CatalogPages: Sendable {
    /// A product with its position in the catalog (1 for the first product read).
    typealias Positioned = (position: Int, product: Product)

    /// Per market (indexed like ``SitePlan/markets``), the index entries in catalog order and each product
    /// page's manifest record (path, input hash, content hash, last change), kept on disk until the end.
    var spill: PageSpill
    var rendered = 0
    var reused = 0
    /// Products whose pages were kept without being planned, as their inputs had not changed.
    var skippedProducts = 0
    /// Warnings about products, with the position of the product, in catalog order.
    var warnings: [(position: Int, warning: LocGenError)] = []
    /// Problems that fail the build.
    var errors: [LocGenError] = []

    /// Pages of a site with `markets` markets, with a new spill folder beside the output folder `output`.
    init(markets: Int, output: String) throws(LocGenError) {
        spill = try PageSpill(markets: markets, beside: output)
    }
}
