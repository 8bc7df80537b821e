import LocGenKit
import Testing

extension CatalogTests {
    struct LargeCatalogTests {
        /// Reads a generated catalog keeping only a count and a running checksum: the reader must
        /// get through 200,000 products with nothing but its own state. Memory is measured by the
        /// benchmarks, not here, and nothing here is timed.
        @Test func streamsTwoHundredThousandJSONLinesProducts() throws {
            let folder = try TemporaryDirectory()
            let path = folder.path + "/products.jsonl"
            let count = 200_000
            try CatalogGenerator.writeJSONLines(count: count, to: path)
            var reader = try CatalogReader(path: path)
            var read = 0
            var stock = 0
            while let product = try reader.next() {
                read += 1
                stock += product.stock ?? 0
            }
            #expect(read == count)
            #expect(stock == (0..<count).reduce(0) { $0 + $1 % 13 })
        }
    }
}
