import LocGenICU

/// The parts of a page's template data shared by product and index pages.
enum PageContext {
    static func site(_ config: SiteConfig) -> TemplateValue {
        ["name": .text(config.name), "url": .text(siteURL(config))]
    }

    /// The site's base URL with its path percent-encoded: where the language selector page is.
    static func siteURL(_ config: SiteConfig) -> String {
        config.baseURL.origin + URLPathEncoding.path(config.baseURL.pathPrefix)
    }

    /// A price's parts as the locale writes them (`price.parts.currency`, `.integer`, `.decimal`,
    /// `.fraction`, `.sign`), for themes that style them apart; absent parts are left out.
    static func priceParts(_ parts: NumberParts) -> TemplateValue {
        // Room for all five parts: grown from one, the object was rehashed twice on every page.
        var members = [String: TemplateValue](minimumCapacity: 5)
        members["integer"] = .text(parts.integer)
        if let currency = parts.currency { members["currency"] = .text(currency) }
        if let sign = parts.sign { members["sign"] = .text(sign) }
        if let separator = parts.decimalSeparator { members["decimal"] = .text(separator) }
        if let fraction = parts.fraction { members["fraction"] = .text(fraction) }
        return .object(members)
    }

    static func market(_ plan: MarketPlan) -> TemplateValue {
        var members: [String: TemplateValue] = [
            "id": .text(plan.id),
            "lang": .text(plan.market.locale.tag),
            "dir": .text(plan.direction),
            "nativeName": .text(plan.nativeName),
            "currency": .text(plan.market.currency.code),
            "url": .text(plan.url),
            // A section over `hasReturns` shows the returns window only where the market has one.
            "hasReturns": .bool(plan.market.returnsDays != nil),
            "paymentMethods": .list(plan.paymentMethods.map { ["id": .text($0.id), "name": .text($0.name)] }),
        ]
        if let days = plan.market.returnsDays { members["returnsDays"] = .text(String(days)) }
        return .object(members)
    }

    static func product(
        _ product: Product,
        name: String,
        slug: String,
        url: String,
        plan: MarketPlan,
        categoryName: String?,
        imageSources: [String],
        related: [TemplateValue]
    ) -> TemplateValue {
        // Room for all thirteen members: the literal's seven were rehashed when the optional ones came in, on
        // every page.
        var members = [String: TemplateValue](minimumCapacity: 13)
        members["id"] = .text(product.id)
        members["name"] = .text(name)
        members["url"] = .text(url)
        members["slug"] = .text(slug)
        members["inStock"] = .bool((product.stock ?? 1) > 0)
        members["images"] = .list(
            zip(product.images, imageSources).map { image(of: $0, source: $1, name: name, plan: plan) }
        )
        members["related"] = .list(related)
        members["nameLang"] = fallbackLanguage(of: product.name, plan: plan)
        if let description = product.text["description"] {
            if let text = description.resolve(along: plan.chain) { members["description"] = .text(text) }
            members["descriptionLang"] = fallbackLanguage(of: description, plan: plan)
        }
        if let category = product.category {
            members["category"] = .text(category)
            members["categoryName"] = .text(categoryName ?? Self.categoryName(category, in: plan))
        }
        if let stock = product.stock { members["stock"] = .text(String(stock)) }
        return .object(members)
    }

    /// A category's name in the market's locale (message `category.<id>`), or its id when no bundle names it.
    static func categoryName(_ id: String, in plan: MarketPlan) -> String {
        ((try? plan.messages.format("category." + id, arguments: [:])) ?? nil) ?? id
    }

    /// An image's absolute URL: relative sources are under the base URL, where `static/` is published. The
    /// same in every market, so worked out once per product.
    static func imageSource(of image: ProductImage, site: SiteConfig) -> String {
        image.source.hasPrefix("https://")
            ? image.source
            : site.baseURL.origin + URLPathEncoding.path(site.baseURL.pathPrefix + image.source)
    }

    /// An image with its URL (``imageSource(of:site:)``) and its alternative text, the product's name when it
    /// has none.
    private static func image(of image: ProductImage, source: String, name: String, plan: MarketPlan)
        -> TemplateValue
    {
        guard let alt = image.alt else { return ["src": .text(source), "alt": .text(name), "altLang": .bool(false)] }
        return [
            "src": .text(source),
            "alt": .text(alt.resolve(along: plan.chain) ?? name),
            "altLang": fallbackLanguage(of: alt, plan: plan),
        ]
    }

    /// The tag of the locale a text falls back to when the market's own locales have none (the source
    /// locale's `en` on an `ar-AE` page), for a `lang` attribute so that screen readers and browsers read it
    /// as what it is; `false` when the text is in the market's language (or untagged, which says nothing).
    static func fallbackLanguage(of text: LocalizedText, plan: MarketPlan) -> TemplateValue {
        // The chain is the market locale's CLDR fallbacks, then the source locale last.
        guard let tag = plan.foreignSourceTag,
            text.resolveWithPosition(along: plan.chain)?.position == plan.chain.count - 1
        else { return .bool(false) }
        return .text(tag)
    }

    /// The product's dates as `yMMMd` in the market's locale and zone, and the delivery estimate as
    /// `MMMMEEEEd` (the build's date plus the market's delivery days) when both are known.
    static func dates(of product: Product, in plan: MarketPlan, delivery: LocalDateTime?) -> TemplateValue {
        var members = [String: TemplateValue](minimumCapacity: 3)
        guard
            let format = try? DateFormat.cached(
                locale: plan.market.locale,
                skeleton: "yMMMd",
                timeZone: plan.market.timeZone
            )
        else { return .object(["delivery": .bool(false)]) }
        if let created = product.created, let text = try? format.format(created) { members["created"] = .text(text) }
        if let updated = product.updated, let text = try? format.format(updated) { members["updated"] = .text(text) }
        if let delivery,
            let long = try? DateFormat.cached(
                locale: plan.market.locale,
                skeleton: "MMMMEEEEd",
                timeZone: plan.market.timeZone
            ),
            let text = try? long.format(DateValue.local(delivery))
        {
            members["delivery"] = .text(text)
        } else {
            // Defined either way, so `{{#dates.delivery}}` is no missing name in strict builds.
            members["delivery"] = .bool(false)
        }
        return .object(members)
    }
}
