import LocGenICU

/// The language selector at the site's root (`index.html` at the base URL): every market, named in its own
/// language, linking to its home page. It is the site's front door, and hreflang `x-default` of every
/// cluster when `locgen.yaml` says `x-default: selector`.
struct SelectorPage {
    let site: SitePlan

    /// The page, rendered from the `selector` template with the source locale's messages; nil when the root
    /// belongs to something else: a market whose pages live there, or the site's own `static/index.html`
    /// (`rootIsTaken`).
    func page(rootIsTaken: Bool) throws(LocGenError) -> PlannedPage? {
        let mainHost = site.config.baseURL.host
        guard !rootIsTaken, !site.markets.contains(where: { $0.folder.isEmpty && $0.market.host == mainHost })
        else { return nil }
        let markets: [TemplateValue] = site.switcherOrder.map { site.markets[$0] }.map { plan in
            [
                "id": .text(plan.id), "lang": .text(plan.market.locale.tag), "dir": .text(plan.direction),
                "nativeName": .text(plan.nativeName), "url": .text(plan.url),
            ]
        }
        let source = site.config.sourceLocale
        let context: TemplateValue = [
            "site": PageContext.site(site.config),
            "selector": [
                "lang": .text(source.tag), "dir": .text(source.isRightToLeft ? "rtl" : "ltr"),
                "canonical": .text(PageContext.siteURL(site.config)),
                "isXDefault": .bool(site.config.xDefault == .selector),
            ],
            "markets": .list(markets),
        ]
        var page = PlannedPage(
            path: "index.html",
            template: "selector",
            context: context,
            arguments: ["site": .string(site.config.name)],
            market: 0,
            digests: (site.templatesDigest, site.sourceMessages.digest)
        )
        page.messages = site.sourceMessages.table
        return page
    }
}
