import LocGenICU

/// The market index pages, made once the catalog has been read: each market's products in its locale's
/// collation order.
struct IndexPages {
    let site: SitePlan

    /// The index page of a market listing `entries`; equal names are ordered by product id.
    func page(market index: Int, entries: [IndexEntry], warnings: inout [LocGenError]) throws(LocGenError)
        -> PlannedPage
    {
        let plan = site.markets[index]
        let sorted = sortedByCollation(entries, in: plan, warnings: &warnings)
        let markets: [TemplateValue] = site.switcherOrder.map { site.markets[$0] }.map { other in
            [
                "id": .text(other.id), "lang": .text(other.market.locale.tag), "dir": .text(other.direction),
                "nativeName": .text(other.nativeName),
                "url": .text(other.url), "isCurrent": .bool(other.id == plan.id),
            ]
        }
        let products: [TemplateValue] = sorted.map { entry in
            [
                "id": .text(entry.productID), "name": .text(entry.name), "url": .text(entry.url),
                "price": .text(entry.price),
            ]
        }
        let context: TemplateValue = [
            "site": PageContext.site(site.config),
            "market": plan.templateValue,
            "markets": .list(markets),
            "products": .list(products),
            "count": .text(String(entries.count)),
        ]
        let path = plan.folder + "index.html"
        try OutputLayout.checkContained(path)
        return PlannedPage(
            path: path,
            template: "market-index",
            context: context,
            arguments: ["count": .number(String(entries.count))],
            market: index,
            digests: (site.templatesDigest, plan.messageDigest)
        )
    }

    /// Entries sorted by ICU sort keys of their names; by UTF-8 bytes, with a warning, when ICU has no
    /// collator for the locale.
    private func sortedByCollation(_ entries: [IndexEntry], in plan: MarketPlan, warnings: inout [LocGenError])
        -> [IndexEntry]
    {
        let collator: Collator
        do {
            collator = try Collator(locale: plan.market.locale)
        } catch {
            warnings.append(
                LocGenError(.buildWarning, "market '\(plan.id)': \(error.message); its index is sorted by code point")
            )
            return entries.sorted {
                $0.name == $1.name
                    ? $0.productID.utf8Precedes($1.productID)
                    : $0.name.utf8Precedes($1.name)
            }
        }
        let keyed = entries.map { entry in (key: (try? collator.sortKey(for: entry.name)) ?? [], entry: entry) }
        return keyed.sorted { lhs, rhs in
            lhs.key == rhs.key
                ? lhs.entry.productID.utf8Precedes(rhs.entry.productID)
                : lhs.key.lexicographicallyPrecedes(rhs.key)
        }.map(\.entry)
    }
}
