/// A product image: where it is and what it shows.
public struct ProductImage: Sendable, Equatable {
    /// A path relative to the site (`img/p1.jpg`) or an absolute `https` URL; never one that
    /// leaves the site through `..` or starts with `/`.
    public var source: String
    /// The alternative text per locale, if given.
    public var alt: LocalizedText?

    /// An image; the source is used as given.
    public init(source: String, alt: LocalizedText? = nil) {
        self.source = source
        self.alt = alt
    }
}
