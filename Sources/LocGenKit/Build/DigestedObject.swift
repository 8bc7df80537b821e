/// A page's data object built member by member together with its ``TemplateValue/digest``, so that a member
/// many pages share (a market's `market`, a product's switcher) is hashed once and only its digest is fed
/// to each page.
struct DigestedObject {
    private(set) var members: [String: TemplateValue]
    private(set) var digests: [(String, UInt64)] = []

    /// An empty object with room for `capacity` members.
    ///
    /// Every product page builds two of these; growing them one member at a time rehashed the members and
    /// reallocated the digests several times per page.
    init(capacity: Int = 0) {
        members = Dictionary(minimumCapacity: capacity)
        digests.reserveCapacity(capacity)
    }

    /// Adds a member whose value's digest is known; `digest` must be `value.digest`.
    mutating func set(_ name: String, _ value: TemplateValue, digest: UInt64) {
        precondition(members.updateValue(value, forKey: name) == nil, "page data member '\(name)' set twice")
        digests.append((name, digest))
    }

    /// Adds a member and hashes its value.
    mutating func set(_ name: String, _ value: TemplateValue) {
        set(name, value, digest: value.digest)
    }

    var value: TemplateValue { .object(members) }

    /// The same as `value.digest`.
    var digest: UInt64 { TemplateValue.objectDigest(of: digests) }
}
