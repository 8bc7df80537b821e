/// What a product does differently in one market.
public struct MarketOverride: Sendable, Equatable {
    /// The price in the market's own currency, used instead of converting the base price.
    public var price: DecimalAmount?
    /// The slug the market's pages use instead of the product's.
    public var slug: String?
    /// Whether the product is sold in the market; `false` leaves it out of the market's pages.
    public var isSold: Bool

    /// An override; by default the product is sold with the base price converted.
    public init(price: DecimalAmount? = nil, slug: String? = nil, isSold: Bool = true) {
        self.price = price
        self.slug = slug
        self.isSold = isSold
    }
}
