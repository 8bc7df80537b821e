import LocGenICU

/// What the related-product cards of every page need: the products some product lists as related, reduced
/// to their names, slugs, prices and market overrides, found by a first pass over the catalog.
///
/// The pass reads the catalog twice without rendering anything: once for the ids products list as related,
/// once to keep those products. Only the products kept are decoded: the first reading looks at each record's
/// `id` and `related` alone (a JSON Lines line without `"related"` is not even parsed), the second at its `id`. Memory grows with the number of distinct related products
/// (a few hundred bytes each), never with the catalog, and the build itself still streams.
struct RelatedProducts: Sendable {
    /// The related products by id, with only `name` among their texts and no images.
    private(set) var products: [String: Product] = [:]

    /// The product a related id names, if the catalog has it.
    subscript(id: String) -> Product? { products[id] }

    /// Reads the catalog for the related products; a warning, naming the catalog and a product that lists it,
    /// for each related id the catalog does not have. Problems reading the catalog are left to the build,
    /// which reports them at their place.
    static func load(catalogPath: String, warnings: inout [LocGenError]) -> RelatedProducts {
        // The first product listing each id, for the warning when the id names no product. A product the
        // build rejects for another problem still counts here; that build fails on it anyway.
        var listedBy: [String: String] = [:]
        forEachRecord(in: catalogPath, mayHaving: "related") { record, _ in
            guard let id = validID(record.member("id")), let related = record.member("related") else { return }
            let items: [CatalogNode]
            if case .array(let list) = related.value { items = list } else { items = [related] }
            for item in items {
                guard let relatedID = validID(item), listedBy[relatedID] == nil else { continue }
                listedBy[relatedID] = id
            }
        }
        var related = RelatedProducts()
        guard !listedBy.isEmpty else { return related }
        // Only the records that may hold a listed id are parsed: 297 of 1,000 in the benchmark catalog.
        forEachRecord(in: catalogPath, mayHavingValueIn: RecordValueFilter(listedBy.keys)) { record, reader in
            guard let id = record.member("id")?.text, listedBy[id] != nil, related.products[id] == nil,
                let product = reader.product(from: record)
            else { return }
            related.products[product.id] = Product(
                id: product.id,
                slug: product.slug,
                price: product.price,
                text: ["name": product.name],
                markets: product.markets
            )
        }
        for (id, product) in listedBy.sorted(by: { $0.key < $1.key }) where related.products[id] == nil {
            warnings.append(
                LocGenError(
                    .buildWarning,
                    "\(catalogPath): product '\(product)' lists the related product '\(id)', which the catalog "
                        + "does not have; its card is left out"
                )
            )
        }
        return related
    }

    /// The text of an id field when it is a valid product id, as ``ProductDecoder`` accepts it.
    private static func validID(_ node: CatalogNode?) -> String? {
        guard let text = node?.text, PathSafety.problem(withID: text) == nil else { return nil }
        return text
    }

    /// Calls `body` with each record of the catalog that may have a member `key`.
    private static func forEachRecord(
        in path: String,
        mayHaving key: String,
        _ body: (CatalogNode, CatalogReader) -> Void
    ) {
        forEachRecord(in: path, { reader throws(CatalogError) in try reader.nextRecord(mayHaving: key) }, body)
    }

    /// Calls `body` with each record of the catalog that may have one of `texts` as a value.
    private static func forEachRecord(
        in path: String,
        mayHavingValueIn texts: RecordValueFilter,
        _ body: (CatalogNode, CatalogReader) -> Void
    ) {
        forEachRecord(in: path, { reader throws(CatalogError) in try reader.nextRecord(mayHavingValueIn: texts) }, body)
    }

    private static func forEachRecord(
        in path: String,
        _ next: (inout CatalogReader) throws(CatalogError) -> CatalogNode?,
        _ body: (CatalogNode, CatalogReader) -> Void
    ) {
        guard var reader = try? CatalogReader(path: path) else { return }
        var problems = 0
        while true {
            do {
                guard let record = try next(&reader) else { return }
                body(record, reader)
            } catch {
                // The build reports every problem; a catalog this broken is not worth reading twice more.
                problems += 1
                if problems > CatalogPass.maximumErrors { return }
            }
        }
    }
}

extension ProductPages {
    /// The cards of a product's related products in a market: name, URL and price there. A related product
    /// the catalog lacks (warned about once, by ``RelatedProducts/load(catalogPath:warnings:)``), that the
    /// market does not sell, or that has no slug or price there, is left out.
    func relatedCards(of product: Product, in plan: MarketPlan) -> [TemplateValue] {
        product.related.compactMap { id in
            guard let other = site.related[id], plan.sells(other), let slug = plan.slug(of: other),
                let price = try? plan.pricing.amount(base: other.price, override: other.markets[plan.id]?.price)
            else { return nil }
            let amount = price.text
            guard let formatted = try? plan.priceFormat.parts(decimal: amount).text else { return nil }
            return [
                "id": .text(id),
                "name": .text(other.name.resolve(along: plan.chain) ?? id),
                "url": .text(plan.url(ofSlug: slug)),
                "price": .text(formatted),
                "amount": .text(amount),
            ]
        }
    }
}
