import LocGenICU

extension ProductDecoder {
    /// Text, or per-locale text: `"…"` (untagged) or `{"en": "…", "de-CH": "…"}` with keys
    /// canonicalised (`de_CH` → `de-CH`); `check` vets each text and says why it is unusable.
    mutating func localized(
        _ node: CatalogNode,
        field: String,
        check: ((String) -> String?)? = nil
    ) -> LocalizedText? {
        if let text = node.text {
            if let check, let reason = check(text) { reportUnsafe(field, text, locale: nil, reason, at: node.position) }
            return LocalizedText(untagged: text)
        }
        guard case .object = node.value else {
            report(
                "\(field) of \(owner) is \(node.shown); write text or a map from locale to text such as {\"en\": \"…\"}",
                at: node.position
            )
            return nil
        }
        var values: [String: String] = [:]
        var spelling: [String: String] = [:]
        for member in members(of: node, in: "\(field) of \(owner)") {
            var tag = ""
            if !member.key.isEmpty {
                do {
                    tag = try LocaleID(member.key).tag
                } catch {
                    report("\(field) of \(owner): \(error.message)", at: member.keyPosition)
                    continue
                }
            }
            if let earlier = spelling[tag] {
                report(
                    "\(field) of \(owner) gives '\(tag)' twice, as '\(earlier)' and '\(member.key)'; keep one",
                    at: member.keyPosition
                )
                continue
            }
            guard let text = member.value.text else {
                report(
                    "\(field).\(member.key) of \(owner) is \(member.value.shown), not text",
                    at: member.value.position
                )
                continue
            }
            if let check, let reason = check(text) {
                reportUnsafe(field, text, locale: member.key, reason, at: member.value.position)
            }
            spelling[tag] = member.key
            values[tag] = text
        }
        return LocalizedText(values)
    }

    private mutating func reportUnsafe(
        _ field: String,
        _ text: String,
        locale: String?,
        _ reason: String,
        at position: TextPosition
    ) {
        let tag = locale.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
        report(
            "\(field) '\(PathSafety.visible(text))'\(tag) of \(owner) is not safe in a file name or URL: \(reason)",
            at: position
        )
    }

    /// A non-negative decimal amount written as text or a number, read from its text.
    mutating func amount(_ node: CatalogNode, field: String) -> DecimalAmount? {
        guard let text = node.text, let amount = DecimalAmount(text.trimmingBlanks) else {
            report("\(field) of \(owner) is \(node.shown), not a decimal number such as 129.90", at: node.position)
            return nil
        }
        guard !amount.isNegative else {
            report("\(field) of \(owner) is \(amount.text); prices cannot be negative", at: node.position)
            return nil
        }
        return amount
    }

    mutating func stock(_ node: CatalogNode) -> Int? {
        guard let text = node.text, let count = Int(text.trimmingBlanks) else {
            report("stock of \(owner) is \(node.shown), not a whole number", at: node.position)
            return nil
        }
        guard count >= 0 else {
            report("stock of \(owner) is \(count); stock cannot be negative", at: node.position)
            return nil
        }
        return count
    }

    mutating func text(_ node: CatalogNode, field: String) -> String? {
        guard let text = node.text else {
            report("\(field) of \(owner) is \(node.shown), not text", at: node.position)
            return nil
        }
        return text
    }

    mutating func date(_ node: CatalogNode, field: String) -> DateValue? {
        guard let text = node.text, let date = DateValue(iso8601: text) else {
            report("\(field) of \(owner) is \(node.shown), not an ISO 8601 date such as 2026-01-05", at: node.position)
            return nil
        }
        return date
    }

    /// A list of items, or a single item as a list of one.
    private func items(_ node: CatalogNode) -> [CatalogNode] {
        if case .array(let items) = node.value { return items }
        return [node]
    }

    mutating func images(_ node: CatalogNode) -> [ProductImage] {
        var images: [ProductImage] = []
        for item in items(node) {
            var image: ProductImage?
            var sourceNode = item
            if case .object = item.value {
                var source: String?
                var alt: LocalizedText?
                for member in members(of: item, in: "an image of \(owner)") {
                    switch member.key {
                    case "src":
                        sourceNode = member.value
                        source = text(member.value, field: "the image src")
                    case "alt":
                        alt = localized(member.value, field: "alt")
                    default:
                        report(
                            "unknown field '\(member.key)' in an image of \(owner); use src and alt",
                            at: member.keyPosition
                        )
                    }
                }
                guard let source else {
                    if !members(of: item, in: "").contains(where: { $0.key == "src" }) {
                        report("an image of \(owner) has no 'src'", at: item.position)
                    }
                    continue
                }
                image = ProductImage(source: source, alt: alt)
            } else if let source = text(item, field: "an image") {
                image = ProductImage(source: source)
            }
            guard let image else { continue }
            if let reason = PathSafety.problem(withImage: image.source) {
                report(
                    "image '\(PathSafety.visible(image.source))' of \(owner) cannot be used: \(reason)",
                    at: sourceNode.position
                )
                continue
            }
            images.append(image)
        }
        return images
    }

    mutating func markets(_ node: CatalogNode) -> [String: MarketOverride] {
        guard case .object = node.value else {
            report(
                "markets of \(owner) is \(node.shown); write a map such as {\"cn\": {\"price\": \"899\"}}",
                at: node.position
            )
            return [:]
        }
        var overrides: [String: MarketOverride] = [:]
        for market in members(of: node, in: "markets of \(owner)") {
            let place = "markets.\(market.key)"
            guard case .object = market.value.value else {
                report(
                    "\(place) of \(owner) is \(market.value.shown); write a map such as {\"price\": \"899\"}",
                    at: market.value.position
                )
                continue
            }
            var override = MarketOverride()
            for member in members(of: market.value, in: "\(place) of \(owner)") {
                switch member.key {
                case "price": override.price = amount(member.value, field: "\(place).price")
                case "slug":
                    override.slug = text(member.value, field: "\(place).slug")
                    if let slug = override.slug, let reason = PathSafety.problem(withSlug: slug) {
                        reportUnsafe("\(place).slug", slug, locale: nil, reason, at: member.value.position)
                    }
                case "sold": override.isSold = flag(member.value, field: "\(place).sold") ?? true
                default:
                    report(
                        "unknown field '\(member.key)' in \(place) of \(owner); use price, slug or sold",
                        at: member.keyPosition
                    )
                }
            }
            overrides[market.key] = override
        }
        return overrides
    }

    /// A boolean, or its text as a CSV cell gives it (`true`, `false`, `yes`, `no`).
    private mutating func flag(_ node: CatalogNode, field: String) -> Bool? {
        if case .bool(let value) = node.value { return value }
        switch node.text?.lowercased().trimmingBlanks {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report("\(field) of \(owner) is \(node.shown), not true or false", at: node.position)
            return nil
        }
    }

    mutating func related(_ node: CatalogNode) -> [String] {
        var ids: [String] = []
        for item in items(node) {
            guard let text = text(item, field: "related") else { continue }
            if let reason = PathSafety.problem(withID: text) {
                report(
                    "related id '\(PathSafety.visible(text))' of \(owner) is not a valid product id: \(reason)",
                    at: item.position
                )
                continue
            }
            ids.append(text)
        }
        return ids
    }
}
