import LocGenICU

extension ProductPages {
    /// A product's hreflang cluster, its Open Graph locales and the cluster as page data (`seo.alternates`).
    struct Cluster {
        var alternates: [PageHead.Alternate]
        /// Sorted and unique.
        var openGraph: [String]
        /// The same on every page of the product at 30 markets, so made once, not once per page.
        var templateValue: TemplateValue
        var templateDigest: UInt64
        /// The head's `<link rel="alternate">` lines, also the same on every page of the product.
        var links: String

        init(alternates: [PageHead.Alternate], openGraph: [String]) {
            self.alternates = alternates
            self.openGraph = openGraph
            templateValue = .list(alternates.map { ["hreflang": .text($0.hreflang), "href": .text($0.href)] })
            templateDigest = templateValue.digest
            links = PageHead.alternateLinks(alternates)
        }
    }

    /// A product's hreflang cluster and its Open Graph locales: every market that sells it, so every
    /// page lists the same alternates and every link is reciprocal. Made once per product and shared by
    /// its pages (and the sitemaps), so memory grows with products, not with products × markets². `urls` are the
    /// product's page URLs by index into ``SitePlan/markets``, `nil` where it has none.
    func cluster(of product: Product, urls: [String?]) -> Cluster {
        var alternates: [PageHead.Alternate] = []
        var seenCodes: Set<String> = []
        var openGraph: Set<String> = []
        for (other, url) in zip(site.markets, urls) where other.sells(product) {
            let code = HreflangCode.code(for: other.market.locale)
            // Two markets with one code would give search engines two pages for the same audience;
            // the first market by id keeps the code.
            guard seenCodes.insert(code).inserted else { continue }
            guard let url else { continue }
            alternates.append(PageHead.Alternate(hreflang: code, href: url))
            openGraph.insert(HreflangCode.openGraphLocale(for: other.market.locale))
        }
        alternates.sort { $0.hreflang < $1.hreflang }
        switch site.config.xDefault {
        case .market(let id)?:
            if let fallback = site.markets.firstIndex(where: { $0.id == id }), let url = urls[fallback] {
                alternates.append(PageHead.Alternate(hreflang: "x-default", href: url))
            }
        case .selector?:
            // The language selector at the site's root serves every product's cluster.
            alternates.append(PageHead.Alternate(hreflang: "x-default", href: PageContext.siteURL(site.config)))
        case nil:
            break
        }
        return Cluster(alternates: alternates, openGraph: openGraph.sorted())
    }

    /// The search-engine tags of a product's page in one market.
    func head(
        of product: Product,
        in plan: MarketPlan,
        cluster: Cluster,
        name: String,
        url: String,
        amount: String,
        images: [String]
    ) throws(LocGenError) -> PageHead {
        let alternates = cluster.alternates
        let ownLocale = HreflangCode.openGraphLocale(for: plan.market.locale)
        // The cluster's locales are sorted and unique already.
        let openGraph = cluster.openGraph.filter { $0 != ownLocale }
        let description = product.text["description"]?.resolve(along: plan.chain) ?? ""
        let structured = ProductStructuredData(
            name: name,
            description: description,
            images: images,
            sku: product.id,
            url: url,
            price: amount,
            currency: plan.market.currency.code,
            isInStock: (product.stock ?? 1) > 0
        )
        return PageHead(
            canonical: url,
            alternates: alternates,
            language: plan.market.locale.tag,
            searchEngines: plan.market.searchEngines,
            verification: plan.market.verification,
            openGraphLocale: ownLocale,
            openGraphAlternates: openGraph,
            title: name + " – " + site.config.name,
            description: description,
            image: images.first,
            jsonLD: structured.scriptText
        )
    }

    /// The page's breadcrumb trail for schema.org: the market's home, the category (its localized name; the
    /// market's index stands in for the category page locgen does not make) and the product. `categoryName` is
    /// ``PageContext/categoryName(_:in:)`` of the product's category.
    func breadcrumbs(
        of product: Product,
        in plan: MarketPlan,
        name: String,
        categoryName: String?,
        url: String
    ) -> BreadcrumbStructuredData {
        var crumbs = [BreadcrumbStructuredData.Crumb(name: plan.homeName ?? site.config.name, url: plan.url)]
        if let category = product.category, let categoryName {
            crumbs.append(.init(name: categoryName, url: plan.url + "#" + URLPathEncoding.segment(category)))
        }
        crumbs.append(.init(name: name, url: url))
        return BreadcrumbStructuredData(crumbs: crumbs)
    }
}
