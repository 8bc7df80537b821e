public import LocGenICU

/// One product of the catalog, checked and ready to render.
///
/// Made by ``CatalogReader``, which guarantees that ``id``, every slug and every image source are
/// safe to use in file names and URLs, and that ``text`` has a `name`.
public struct Product: Sendable, Equatable {
    /// A unique id of `A-Z a-z 0-9 . _ -`, never `..` or starting with `.`.
    public var id: String
    /// The URL slug, per locale or untagged; any Unicode but `/`, `\`, NUL and control characters.
    public var slug: LocalizedText
    /// The price in the site's base currency.
    public var price: DecimalAmount
    /// How many are in stock, if known; never negative.
    public var stock: Int?
    /// The category, if given.
    public var category: String?
    /// When the product was added, if given.
    public var created: DateValue?
    /// When the product last changed, if given (sitemaps use it for `lastmod`).
    public var updated: DateValue?
    /// The images, in catalog order.
    public var images: [ProductImage]
    /// Per-locale text fields by name: `name` (always present), `description`, and any other field
    /// given as a map from locale to text (`material`).
    public var text: [String: LocalizedText]
    /// Per-market overrides by market id; the build checks that the markets exist.
    public var markets: [String: MarketOverride]
    /// The ids of related products, in catalog order; the build checks that they exist.
    public var related: [String]
    /// Other fields given as plain text, numbers or booleans (`"color": "red"`), as text.
    public var attributes: [String: String]

    /// Makes a product; ``CatalogReader`` makes checked ones, this serves tests and other sources.
    public init(
        id: String,
        slug: LocalizedText,
        price: DecimalAmount,
        stock: Int? = nil,
        category: String? = nil,
        created: DateValue? = nil,
        updated: DateValue? = nil,
        images: [ProductImage] = [],
        text: [String: LocalizedText] = [:],
        markets: [String: MarketOverride] = [:],
        related: [String] = [],
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.slug = slug
        self.price = price
        self.stock = stock
        self.category = category
        self.created = created
        self.updated = updated
        self.images = images
        self.text = text
        self.markets = markets
        self.related = related
        self.attributes = attributes
    }

    /// The product's name, a shortcut for `text["name"]`.
    public var name: LocalizedText { text["name"] ?? LocalizedText([:]) }
}
