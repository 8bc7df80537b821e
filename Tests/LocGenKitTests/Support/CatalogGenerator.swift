import Foundation

/// Makes large catalogs on the fly for tests, writing in batches so the test itself stays small.
enum CatalogGenerator {
    /// Product `index` as one JSON line: two locales, a price with cents, stock, a market override.
    static func jsonLine(_ index: Int) -> String {
        let id = "p\(index)"
        let cents = String(format: "%02d", index % 100)
        return
            #"{"id": "\#(id)", "slug": {"en": "product-\#(index)", "ru": "товар-\#(index)"}, "price": "\#(index % 997).\#(cents)", "#
            + #""stock": \#(index % 13), "name": {"en": "Product \#(index)", "ja": "製品\#(index)"}, "markets": {"us": {"sold": \#(index % 2 == 0)}}}"#
    }

    /// Writes `count` products as JSON Lines to `path`.
    static func writeJSONLines(count: Int, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var batch = ""
        for index in 0..<count {
            batch += jsonLine(index)
            batch += "\n"
            if batch.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(batch.utf8))
                batch = ""
            }
        }
        try handle.write(contentsOf: Data(batch.utf8))
    }
}
