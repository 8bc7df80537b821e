import ArgumentParser
import Foundation
import Testing

@testable import locgen

/// `locgen build` with the default theme built into the binary: no --theme needed, --no-default-theme leaves it out.
struct BuildCommandTests {
    static let repository: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    /// A copy of examples/shop without its output in a fresh temporary folder; the caller removes the folder.
    static func copyOfDemo() throws -> (folder: String, site: String) {
        let folder = try temporaryFolder()
        let site = folder + "/shop"
        try FileManager.default.copyItem(atPath: repository + "/examples/shop", toPath: site)
        try? FileManager.default.removeItem(atPath: site + "/public")
        return (folder, site)
    }

    @Test func buildsTheDemoShopWithNoThemeFlag() async throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let command = try #require(try LocGenCommand.parseAsRoot(["build", "--site", site, "--quiet"]) as? Build)
        try await command.run()
        #expect(FileManager.default.fileExists(atPath: site + "/public/de/index.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/public/jp/index.html"))
    }

    @Test func findsNoTemplatesWhenTheDefaultThemeIsLeftOut() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Without the theme's bundles no payment method has a name, which would fail the configuration first.
        let config = try String(contentsOfFile: site + "/locgen.yaml", encoding: .utf8)
        try config.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("payment-methods:") }.joined(separator: "\n")
            .write(toFile: site + "/locgen.yaml", atomically: true, encoding: .utf8)
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let result = try LocgenProcess.run(["build", "--site", site, "--no-default-theme"], environment: environment)
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: template 'product' does not exist"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
        // The built-in theme is not even written out.
        #expect(!FileManager.default.fileExists(atPath: folder + "/cache"))
    }

    @Test func paymentMethodNoBundleNamesExitsWithAConfigurationError() throws {
        let (folder, site) = try Self.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = try String(contentsOfFile: site + "/locgen.yaml", encoding: .utf8)
        try config.replacingOccurrences(of: "amex, oxxo,", with: "amex, oxo,")
            .write(toFile: site + "/locgen.yaml", atomically: true, encoding: .utf8)
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let result = try LocgenProcess.run(["build", "--site", site], environment: environment)
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "shop/locgen.yaml:127:47: error: market 'mx' accepts the payment method 'oxo', which no locale bundle "
                    + "names for es-MX; did you mean 'oxxo'?"
            ),
            "\(result.standardError)"
        )
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }
}
