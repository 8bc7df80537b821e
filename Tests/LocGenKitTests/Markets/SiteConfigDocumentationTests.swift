import Foundation
import Testing

@testable import LocGenKit

/// docs/CONFIGURATION.md describes every key, and its examples load.
struct SiteConfigDocumentationTests {
    static let documentation: String = {
        let url = URL(fileURLWithPath: Repository.root).appendingPathComponent("docs/CONFIGURATION.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The YAML examples of the documentation that are whole files (they have `markets:`).
    static var wholeFileExamples: [String] {
        documentation.components(separatedBy: "```yaml\n").dropFirst()
            .compactMap { $0.components(separatedBy: "```").first }
            .filter { $0.contains("\nmarkets:") }
    }

    @Test func namesEveryKeyTheLoaderAccepts() {
        let paths = ConfigKey.siteConfig.flatMap { $0.paths() }
            .filter { !$0.hasSuffix(ConfigKey.memberPlaceholder) }
            .map { $0.replacing("markets.*", with: "markets.<id>").replacing("verification.*", with: "verification.<engine>")
                    .replacing("groups.*", with: "groups.<engine>")
            }
        for path in paths {
            #expect(Self.documentation.contains("`\(path)`"), "docs/CONFIGURATION.md does not describe `\(path)`")
        }
    }

    @Test func wholeFileExamplesLoad() throws {
        #expect(Self.wholeFileExamples.count == 2)
        for example in Self.wholeFileExamples {
            #expect(throws: Never.self) { try SiteConfig.decode(example, file: "locgen.yaml", directory: ".") }
        }
    }
}
