/// The problems with one product of the catalog, or with the catalog file itself.
///
/// ``CatalogReader/next()`` throws one for each bad product and can be called again to go on
/// with the next one, so one run reports every bad product. When ``isFatal`` is true the file
/// cannot be read any further (it cannot be read, its JSON array or CSV quoting is broken so the
/// next product cannot be found); ``CatalogReader/next()`` then returns `nil`.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// Every problem found in the product, in file order; never empty. Each has a location.
    public var problems: [LocGenError]
    /// Whether reading stopped here.
    public var isFatal: Bool
    /// The id of the product, when it had a usable one.
    public var productID: String?

    /// Makes an error from at least one problem.
    public init(problems: [LocGenError], isFatal: Bool, productID: String? = nil) {
        precondition(!problems.isEmpty, "a CatalogError names at least one problem")
        self.problems = problems
        self.isFatal = isFatal
        self.productID = productID
    }

    init(_ code: LocGenError.Code, _ message: String, at location: SourceLocation, isFatal: Bool) {
        self.init(problems: [LocGenError(code, message, at: location)], isFatal: isFatal)
    }

    /// Each problem on its own line, compiler-style: `data/products.jsonl:7:31: error: …`.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
