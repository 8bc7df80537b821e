import Foundation

/// What the previous build wrote: each page's path and the ``StableHash`` of the inputs that made it.
///
/// Kept at `<output>/.locgen/manifest.json`. A page whose inputs hash the same as last time is hard-linked
/// from the previous output instead of rendered. A missing or unreadable manifest just means every page is
/// rendered.
struct BuildManifest: Sendable {
    /// The manifest's path inside the output.
    static let path = ".locgen/manifest.json"

    /// Page path (relative to the output) to input hash; held as numbers, as there is one per page.
    var pages: [String: UInt64] = [:]

    /// Reads the manifest of an output folder; empty when there is none.
    static func read(output: String) -> BuildManifest {
        guard let data = FileManager.default.contents(atPath: output + "/" + path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let texts = object["pages"] as? [String: String]
        else { return BuildManifest() }
        var pages: [String: UInt64] = [:]
        pages.reserveCapacity(texts.count)
        for (path, hex) in texts {
            if let hash = UInt64(hex, radix: 16) { pages[path] = hash }
        }
        return BuildManifest(pages: pages)
    }

    /// The manifest as JSON text, pages sorted by path.
    var text: String {
        let sorted = pages.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let json = JSONText.object([
            ("version", .int(1)),
            ("pages", .object(sorted.map { ($0.key, JSONText.string(StableHash.hex($0.value))) })),
        ])
        return json.rendered + "\n"
    }
}
