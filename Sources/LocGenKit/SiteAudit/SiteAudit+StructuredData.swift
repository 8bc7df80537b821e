import LocGenICU

extension SiteAudit {
    /// The schema.org availability values (https://schema.org/ItemAvailability).
    static let availabilities: Set<String> = [
        "BackOrder", "Discontinued", "InStock", "InStoreOnly", "LimitedAvailability", "MadeToOrder", "OnlineOnly",
        "OutOfStock", "PreOrder", "PreSale", "Reserved", "SoldOut",
    ]

    /// Checks each JSON-LD script: valid JSON, and every `Product` with a name and offers whose price is
    /// a plain decimal, whose currency is ISO 4217 and whose availability is a schema.org URL, as
    /// Google's product snippets need (https://developers.google.com/search/docs/appearance/structured-data/product-snippet).
    mutating func checkStructuredData(of page: AuditedPage) {
        for script in page.jsonLD {
            let start = script.start
            let bytes = Array(script.value.utf8)
            guard bytes.contains(where: { !" \t\r\n".utf8.contains($0) }) else {
                findings.report(
                    .jsonLDSyntax,
                    "the JSON-LD script is empty; remove it or write the JSON object",
                    in: page,
                    at: AuditedPage.Place(position: start, sourceLine: script.sourceLine(start.line))
                )
                continue
            }
            do {
                let root = try JSONValueParser.parse(bytes, from: start)
                for product in Self.products(in: root) { checkProduct(product, in: page, script: script) }
            } catch {
                findings.report(
                    .jsonLDSyntax,
                    "the JSON-LD is not valid JSON: \(error.message.trimmingPrefix("invalid JSON: "))",
                    at: error.position.location(in: page.path),
                    sourceLine: script.sourceLine(error.position.line)
                )
            }
        }
    }

    /// The objects whose `@type` is or includes `Product`, at any depth (`@graph`, lists).
    static func products(in node: CatalogNode) -> [CatalogNode] {
        switch node.value {
        case .array(let items):
            return items.flatMap(products)
        case .object(let members):
            let found = isType(node, "Product") ? [node] : []
            return found + members.filter { $0.key != "offers" }.flatMap { products(in: $0.value) }
        default:
            return []
        }
    }

    static func isType(_ node: CatalogNode, _ type: String) -> Bool {
        guard let value = member(node, "@type") else { return false }
        switch value.value {
        case .string(let text): return text == type || text == "https://schema.org/" + type || text == "http://schema.org/" + type
        case .array(let items): return items.contains { $0.text == type }
        default: return false
        }
    }

    static func member(_ node: CatalogNode, _ key: String) -> CatalogNode? {
        guard case .object(let members) = node.value else { return nil }
        return members.first { $0.key == key }?.value
    }

    private mutating func report(_ check: Check.ID, _ message: String, at node: CatalogNode, in page: AuditedPage, script: AuditedPage.Script) {
        findings.report(check, message, at: node.position.location(in: page.path), sourceLine: script.sourceLine(node.position.line))
    }

    private mutating func checkProduct(_ product: CatalogNode, in page: AuditedPage, script: AuditedPage.Script) {
        let name = Self.member(product, "name")?.text?.trimmingHTMLSpace ?? ""
        if name.isEmpty {
            report(.jsonLDProduct, "the Product has no name; add \"name\"", at: product, in: page, script: script)
        }
        guard let offers = Self.member(product, "offers") else {
            report(.jsonLDProduct, "the Product '\(name)' has no offers; add an Offer with price, priceCurrency and availability", at: product, in: page, script: script)
            return
        }
        let list: [CatalogNode]
        if case .array(let items) = offers.value { list = items } else { list = [offers] }
        for offer in list { checkOffer(offer, in: page, script: script) }
    }

    private mutating func checkOffer(_ offer: CatalogNode, in page: AuditedPage, script: AuditedPage.Script) {
        guard case .object = offer.value else {
            report(.jsonLDProduct, "offers holds \(offer.shown), not an Offer object", at: offer, in: page, script: script)
            return
        }
        let isAggregate = Self.isType(offer, "AggregateOffer")
        for key in isAggregate ? ["lowPrice"] : ["price"] {
            guard let price = Self.member(offer, key) else {
                report(.jsonLDProduct, "the Offer has no \(key); add it as a plain decimal number such as 129.90", at: offer, in: page, script: script)
                continue
            }
            if price.text.map(Self.isPlainDecimal) != true {
                report(.jsonLDProduct, "\(key) \(price.shown) is not a plain decimal number; write it like 1234.50, with no currency sign, grouping or exponent", at: price, in: page, script: script)
            }
        }
        if let currency = Self.member(offer, "priceCurrency") {
            let code = currency.text ?? ""
            let isCode = code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
            if !isCode || (try? Currency(code)) == nil {
                report(.jsonLDProduct, "priceCurrency \(currency.shown) is not an ISO 4217 currency code such as 'EUR' or 'JPY'", at: currency, in: page, script: script)
            }
        } else {
            report(.jsonLDProduct, "the Offer has no priceCurrency; add its ISO 4217 code, such as 'EUR'", at: offer, in: page, script: script)
        }
        if let availability = Self.member(offer, "availability") {
            let text = availability.text ?? ""
            let value = ["https://schema.org/", "http://schema.org/"].first(where: text.hasPrefix).map { String(text.dropFirst($0.count)) }
            if value.map(Self.availabilities.contains) != true {
                report(.jsonLDRecommended, "availability \(availability.shown) is not a schema.org URL such as 'https://schema.org/InStock'", at: availability, in: page, script: script)
            }
        } else {
            report(.jsonLDRecommended, "the Offer has no availability; add e.g. \"https://schema.org/InStock\"", at: offer, in: page, script: script)
        }
        if let url = Self.member(offer, "url") {
            if SiteURLMap.split(url.text ?? "") == nil {
                report(.jsonLDRecommended, "the Offer's url \(url.shown) is not an absolute URL", at: url, in: page, script: script)
            }
        } else {
            report(.jsonLDRecommended, "the Offer has no url; add the page's canonical URL", at: offer, in: page, script: script)
        }
    }

    /// `129.90`, `0`, `1234.5`: digits with an optional fraction, as Google reads prices.
    static func isPlainDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }
}
