import LocGenICU

/// A ``StableHash`` of everything in the catalog a product's pages and index entries read: the product's own
/// record as parsed (every field, every locale) and the records of the related products its cards show, or
/// that the catalog lacks one.
///
/// The rest of what a page reads (configuration, markets, templates, messages, rates, the build date and
/// options, the locgen executable) is the same for every product and is ``BuildInputs/siteDigest(of:request:)``;
/// ``ProductArchive`` keeps both, so that a rebuild whose site digest and product key match the previous
/// build's keeps the product's pages without planning them.
enum ProductKey {
    /// The key of a product, with the related products as this build's catalog has them.
    static func key(of product: Product, related: RelatedProducts) -> UInt64 {
        var hash = StableHash()
        hash.combine("locgen-product-1")
        product.feed(into: &hash)
        for id in product.related {
            if let other = related[id] {
                hash.combine(1)
                other.feed(into: &hash)
            } else {
                // Left out of the cards; a product added under this id later changes the key.
                hash.combine(2)
                hash.combine(id)
            }
        }
        return hash.value
    }
}

extension Product {
    /// The number of stored properties ``feed(into:)`` hashes; a test compares it with the type's, so that a
    /// new field cannot be left out of the key (which would keep stale pages).
    static let fedFieldCount = 12

    /// Feeds every field to a hash, dictionaries in sorted key order.
    func feed(into hash: inout StableHash) {
        hash.combine(id)
        slug.feed(into: &hash)
        hash.combine(price.text)
        hash.combine(stock.map { "\($0)" } ?? "-")
        hash.combine(optional: category)
        hash.combine(optional: created)
        hash.combine(optional: updated)
        hash.combine(UInt64(images.count))
        for image in images {
            hash.combine(image.source)
            if let alt = image.alt {
                hash.combine(1)
                alt.feed(into: &hash)
            } else {
                hash.combine(0)
            }
        }
        hash.combine(UInt64(text.count))
        for (field, value) in text.sorted(by: { $0.key < $1.key }) {
            hash.combine(field)
            value.feed(into: &hash)
        }
        hash.combine(UInt64(markets.count))
        for (market, override) in markets.sorted(by: { $0.key < $1.key }) {
            hash.combine(market)
            hash.combine(optional: override.price?.text)
            hash.combine(optional: override.slug)
            hash.combine(override.isSold ? 1 : 0)
        }
        hash.combine(UInt64(related.count))
        for id in related { hash.combine(id) }
        hash.combine(UInt64(attributes.count))
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            hash.combine(name)
            hash.combine(value)
        }
    }
}

extension LocalizedText {
    /// Feeds every locale's text to a hash, in sorted locale order.
    func feed(into hash: inout StableHash) {
        hash.combine(UInt64(values.count))
        for (locale, text) in values.sorted(by: { $0.key < $1.key }) {
            hash.combine(locale)
            hash.combine(text)
        }
    }
}

extension StableHash {
    /// Feeds an optional text, nil apart from every text.
    mutating func combine(optional text: String?) {
        if let text {
            combine(1)
            combine(text)
        } else {
            combine(0)
        }
    }

    /// Feeds an optional date, nil apart from every date, field by field.
    ///
    /// Hashing the printed form (`String(describing:)`, which goes through reflection) instead cost 1.15 % of a
    /// cold build's CPU samples (perf, 1,000 products × 12 markets, every product with a `created` date).
    mutating func combine(optional date: DateValue?) {
        switch date {
        case nil:
            combine(0)
        case .instant(let instant)?:
            combine(1)
            combine(instant.millisecondsSince1970.bitPattern)
        case .local(let local)?:
            combine(2)
            combine(field: local.year)
            combine(field: local.month)
            combine(field: local.day)
            combine(field: local.hour)
            combine(field: local.minute)
            combine(field: local.second)
            combine(field: local.millisecond)
        }
    }

    private mutating func combine(field: Int) { combine(UInt64(bitPattern: Int64(field))) }
}
