import Foundation
import Testing

@testable import LocGenKit

/// The changed URLs IndexNow is told about, kept in sorted runs on disk once there are many.
struct PageChangesTests {
    /// Pages on two hosts, in manifest (path) order, whose URLs sort otherwise once percent-encoded.
    static let paths =
        (1...23).map { "de/p-\(String(format: "%03d", 29 - $0))/index.html" }
        + ["_hosts/shop.example.cn/帐篷/index.html", "_hosts/shop.example.cn/a-b/index.html", "index.html"]
        + (1...9).map { "_hosts/shop.example.cn/篮子-\($0)/index.html" }
        + ["fr/%E9/index.html", "fr/é/index.html", "fr/Z/index.html"]

    @Test(arguments: [1, 2, 5, 50_000])
    func aHostsURLsComeOutSortedWhateverTheRunSize(runSize: Int) throws {
        let folder = try TemporaryDirectory()
        let base = try SiteURL("https://shop.example.com/")
        var changes = PageChanges(filePrefix: folder.path + "/run-", runSize: runSize)
        for path in Self.paths { try changes.add(path, baseURL: base) }
        for host in ["shop.example.com", "shop.example.cn", "nowhere.example"] {
            let expected = Self.paths.map { PageChanges.address(ofPage: $0, baseURL: base) }
                .filter { $0.host == host }.map(\.url)
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var merge = try changes.urls(of: host)
            var urls: [String] = []
            while let (url, _) = try merge.next() { urls.append(url) }
            #expect(urls == expected, "host \(host), runs of \(runSize)")
        }
        // Small runs went to disk; the largest size kept everything in memory.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(runSize == 50_000 ? files.isEmpty : !files.isEmpty)
    }
}
