import Foundation
import Testing

/// `locgen build` over its own output through the built binary: what a one-product rebuild says it did.
struct RebuildCommandTests {
    @Test func summarySaysHowManyProductsWereKeptWithoutPlanning() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        func build(_ extra: [String] = []) throws -> LocgenProcess.Result {
            let result = try LocgenProcess.run(
                ["build", "--site", "shop", "--date", "2026-12-01"] + extra,
                environment: environment,
                currentDirectory: folder
            )
            #expect(result.status == 0, "\(result.standardError)")
            return result
        }
        #expect(
            try LocgenProcess.run(["init", "shop"], environment: environment, currentDirectory: folder).status == 0
        )
        #expect(try build().standardOutput.hasPrefix("built 19 pages (19 rendered, 0 reused) and 1 static file"))
        // One of the five products gets a new price: its pages and the index pages that list it are rendered.
        let catalog = folder + "/shop/data/products.jsonl"
        let text = try String(contentsOfFile: catalog, encoding: .utf8)
        try text.replacingOccurrences(of: #""price": "89.00""#, with: #""price": "91.00""#)
            .write(toFile: catalog, atomically: true, encoding: .utf8)
        let rebuilt = try build(["--report", "build.json"])
        #expect(rebuilt.standardOutput.hasPrefix("built 19 pages ("), "\(rebuilt.standardOutput)")
        #expect(rebuilt.standardOutput.contains(" reused, 4 products unchanged) and 1 static file"))
        let report = try String(contentsOfFile: folder + "/build.json", encoding: .utf8)
        #expect(report.contains(#""skippedProducts": 4,"#))
    }
}
