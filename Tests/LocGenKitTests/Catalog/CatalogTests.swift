import LocGenKit
import Testing

/// The catalog suites, grouped so that `swift test --filter Catalog` runs them all.
enum CatalogTests {
    /// Reads every product of a catalog, collecting the errors as a build would.
    static func readAll(_ path: String) throws -> (products: [Product], errors: [CatalogError]) {
        var reader = try CatalogReader(path: path)
        var products: [Product] = []
        var errors: [CatalogError] = []
        while true {
            do {
                guard let product = try reader.next() else { break }
                products.append(product)
            } catch {
                errors.append(error)
            }
        }
        return (products, errors)
    }

    /// The one error a catalog holding a single bad product gives.
    static func onlyError(in path: String) throws -> CatalogError {
        let (products, errors) = try readAll(path)
        #expect(products.isEmpty)
        #expect(errors.count == 1)
        return try #require(errors.first)
    }
}
