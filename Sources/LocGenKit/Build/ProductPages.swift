import LocGenICU

/// Works out the pages of one product: one per built market that sells it, with the page's data.
struct ProductPages: Sendable {
    let site: SitePlan

    /// The product's pages and index entries; throws the first problem (a missing slug, an unsafe slug, a
    /// missing rate).
    func pages(of product: Product) throws(LocGenError) -> [(PlannedPage, IndexEntry)] {
        // Each market's slug and URL for the product, by market index: the switcher, the cluster and the page
        // itself all need them, so they are made once per product and market.
        var slugs: [String?] = []
        var urls: [String?] = []
        slugs.reserveCapacity(site.markets.count)
        urls.reserveCapacity(site.markets.count)
        for plan in site.markets {
            let slug = plan.sells(product) ? plan.slug(of: product) : nil
            slugs.append(slug)
            urls.append(slug.map(plan.url(ofSlug:)))
        }
        let shared = Shared(
            slugs: slugs,
            urls: urls,
            switcher: try switcher(for: product, urls: urls),
            cluster: cluster(of: product, urls: urls),
            site: PageContext.site(site.config),
            imageSources: product.images.map { PageContext.imageSource(of: $0, site: site.config) }
        )
        var pages: [(PlannedPage, IndexEntry)] = []
        for index in site.selected where site.markets[index].sells(product) {
            pages.append(try page(of: product, in: index, shared: shared))
        }
        return pages
    }

    /// What every page of a product has in common, made once per product.
    private struct Shared {
        /// The product's slug and page URL in each market that sells it, by index into ``SitePlan/markets``.
        var slugs: [String?]
        var urls: [String?]
        var switcher: [SwitcherEntry]
        var cluster: Cluster
        /// The page data under `site` and its digest.
        var site: TemplateValue
        var siteDigest: UInt64
        /// The absolute URLs of the product's images, in order.
        var imageSources: [String]

        init(
            slugs: [String?],
            urls: [String?],
            switcher: [SwitcherEntry],
            cluster: Cluster,
            site: TemplateValue,
            imageSources: [String]
        ) {
            self.slugs = slugs
            self.urls = urls
            self.switcher = switcher
            self.cluster = cluster
            self.site = site
            siteDigest = site.digest
            self.imageSources = imageSources
        }
    }

    private func page(
        of product: Product,
        in index: Int,
        shared: Shared
    ) throws(LocGenError) -> (PlannedPage, IndexEntry) {
        let switcher = shared.switcher
        let cluster = shared.cluster
        let plan = site.markets[index]
        let market = plan.market
        guard let slug = shared.slugs[index], let url = shared.urls[index] else {
            throw Self.missingSlug(of: product, in: plan)
        }
        let path: String
        do {
            path = try OutputLayout.pagePath(folder: plan.folder, slug: slug)
        } catch {
            throw LocGenError(.unsafePath, "product '\(product.id)' in market '\(market.id)': \(error.message)")
        }
        let price: DecimalAmount
        // Decimal's printing is not free and the amount is shown three times.
        let amount: String
        let parts: NumberParts
        do {
            price = try plan.pricing.amount(base: product.price, override: product.markets[market.id]?.price)
            amount = price.text
            parts = try plan.priceFormat.parts(decimal: amount)
        } catch let error as LocGenError {
            throw LocGenError(error.code, "product '\(product.id)' in market '\(market.id)': \(error.message)")
        } catch {
            throw LocGenError(.invalidPrice, "product '\(product.id)' in market '\(market.id)': \(error)")
        }
        let formatted = parts.text
        let delivery = market.deliveryDays.flatMap { days in site.buildDate.map { $0.addingDays(days) } }
        let name = product.name.resolve(along: plan.chain) ?? product.id
        let categoryName = product.category.map { PageContext.categoryName($0, in: plan) }
        let productValue = PageContext.product(
            product,
            name: name,
            slug: slug,
            url: url,
            plan: plan,
            categoryName: categoryName,
            imageSources: shared.imageSources,
            related: relatedCards(of: product, in: plan)
        )
        var head = try head(
            of: product,
            in: plan,
            cluster: cluster,
            name: name,
            url: url,
            amount: amount,
            images: shared.imageSources
        )
        head.breadcrumbJSONLD =
            breadcrumbs(of: product, in: plan, name: name, categoryName: categoryName, url: url).scriptText
        let installment = plan.installment(of: price)
        var seo = DigestedObject(capacity: 3)
        seo.set("head", .text(head.html(alternateLinks: cluster.links)))
        seo.set("canonical", .text(head.canonical))
        seo.set("alternates", cluster.templateValue, digest: cluster.templateDigest)
        var context = DigestedObject(capacity: 7)
        context.set("site", shared.site, digest: shared.siteDigest)
        context.set("market", plan.templateValue, digest: plan.templateDigest)
        var markets: [TemplateValue] = []
        var marketDigests: [UInt64] = []
        for entry in switcher {
            let isCurrent = entry.id == market.id
            markets.append(isCurrent ? entry.current : entry.other)
            marketDigests.append(isCurrent ? entry.currentDigest : entry.otherDigest)
        }
        context.set("markets", .list(markets), digest: TemplateValue.listDigest(of: marketDigests))
        context.set("product", productValue)
        context.set("seo", seo.value, digest: seo.digest)
        context.set(
            "price",
            [
                "formatted": .text(formatted), "amount": .text(amount),
                "currency": .text(market.currency.code), "taxIncluded": .bool(market.pricing.tax?.included ?? false),
                "hasTax": .bool(market.pricing.tax.map { $0.rate > DecimalAmount(0) } ?? false),
                "parts": PageContext.priceParts(parts),
                // `false` where the market offers no installments or the price is below their minimum.
                "installments": installment.map { installment in
                    [
                        "count": .text(String(installment.plan.count)), "amount": .text(installment.amount),
                        "isInterestFree": .bool(installment.plan.isInterestFree),
                    ]
                } ?? .bool(false),
            ]
        )
        context.set("dates", PageContext.dates(of: product, in: plan, delivery: delivery))
        // Room for every argument at once: growing from the literal's two rehashed it twice on every page.
        var arguments = [String: MessageValue](minimumCapacity: 12)
        arguments["name"] = .string(name)
        arguments["price"] = .number(amount)
        if let stock = product.stock { arguments["count"] = .number(String(stock)) }
        if let days = market.returnsDays {
            arguments["returnsDays"] = .number(String(days))
            arguments["days"] = .number(String(days))
        }
        // The tax rate as a fraction, for `{rate, number, percent}` ("incl. 19 % VAT").
        if let tax = market.pricing.tax { arguments["rate"] = .number(tax.rate.text) }
        // The delivery date for `{date, date, …}`: a calendar day, the same day in every zone.
        if let delivery { arguments["date"] = .date(.local(delivery)) }
        if let installment {
            arguments["installments"] = .number(String(installment.plan.count))
            arguments["installmentAmount"] = .string(installment.amount)
        }
        arguments["currency"] = .string(market.currency.code)
        arguments["site"] = .string(site.config.name)
        arguments["market"] = .string(plan.nativeName)
        let page = PlannedPage(
            path: path,
            template: "product",
            context: context.value,
            arguments: arguments,
            market: index,
            digests: (site.templatesDigest, plan.messageDigest),
            contextDigest: context.digest
        )
        return (
            page,
            IndexEntry(productID: product.id, name: name, url: url, price: formatted, alternates: head.alternates)
        )
    }

    /// One market's entry in a product's language switcher, as its own page shows it (`isCurrent`) and as
    /// the others do: made once per product, not once per page.
    private struct SwitcherEntry {
        var id: String
        var current: TemplateValue
        var other: TemplateValue
        var currentDigest: UInt64
        var otherDigest: UInt64

        init(id: String, current: TemplateValue, other: TemplateValue) {
            self.id = id
            self.current = current
            self.other = other
            currentDigest = current.digest
            otherDigest = other.digest
        }
    }

    /// The language switcher: every market of the site that sells the product, in ``SitePlan/switcherOrder``;
    /// `urls` are the product's page URLs by market index.
    private func switcher(for product: Product, urls: [String?]) throws(LocGenError) -> [SwitcherEntry] {
        var entries: [SwitcherEntry] = []
        for index in site.switcherOrder where site.markets[index].sells(product) {
            let plan = site.markets[index]
            guard let url = urls[index] else { throw Self.missingSlug(of: product, in: plan) }
            var members: [String: TemplateValue] = [
                "id": .text(plan.id), "lang": .text(plan.market.locale.tag), "dir": .text(plan.direction),
                "nativeName": .text(plan.nativeName), "url": .text(url), "isCurrent": .bool(false),
            ]
            let other = TemplateValue.object(members)
            members["isCurrent"] = .bool(true)
            entries.append(SwitcherEntry(id: plan.id, current: .object(members), other: other))
        }
        return entries
    }

    private static func missingSlug(of product: Product, in plan: MarketPlan) -> LocGenError {
        LocGenError(
            .invalidProduct,
            "product '\(product.id)' has no slug for market '\(plan.id)' (\(plan.market.locale)); add one for \(plan.market.locale) or an untagged one"
        )
    }
}
