extension LocGenError.Code {
    /// A catalog file that cannot be read as its format: malformed JSON, CSV or YAML, or a
    /// shape other than a list of products.
    public static let invalidCatalog = Self(rawValue: "invalid-catalog")
    /// A product with a missing, malformed or unsafe field.
    public static let invalidProduct = Self(rawValue: "invalid-product")
    /// A product id used by an earlier product.
    public static let duplicateProduct = Self(rawValue: "duplicate-product")
}
