import Foundation
import Testing

/// `locgen validate` as CI and translators run it: output, formats and exit status.
struct ValidateCommandTests {
    static let english = """
        cart:
          add: "Add to cart"
          items: "{count, plural, one {# item} other {# items}}"
        checkout: "Checkout"
        """

    /// A site folder with a source bundle and one translation.
    static func site(translation: String, config: String? = "source-locale: en\n") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("locgen-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try Data(english.utf8).write(to: folder.appendingPathComponent("locales/en.yaml"))
        try Data(translation.utf8).write(to: folder.appendingPathComponent("locales/ru.yaml"))
        if let config { try Data(config.utf8).write(to: folder.appendingPathComponent("locgen.yaml")) }
        return folder.path
    }

    static let clean = """
        cart:
          add: "В корзину"
          items: "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}"
        checkout: "Оформить заказ"
        """

    @Test func passesACleanSiteWithExitZero() throws {
        let site = try Self.site(translation: Self.clean)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try LocgenProcess.run(["validate"], currentDirectory: site)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput == "no problems in 2 files (6 messages in 2 locales)\n")
    }

    @Test func reportsAMissingPluralCategoryWithExitOne() throws {
        let site = try Self.site(translation: """
            cart:
              add: "В корзину"
              items: "{count, plural, one {# товар} other {# товаров}}"
            checkout: "Оформить заказ"
            """)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try LocgenProcess.run(["validate", "--color", "never"], currentDirectory: site)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "locales/ru.yaml:3:19: error: plural {count} lacks the 'few' case that Russian uses for 2~4, 22~24, 32~34, …; add few {…} [plural-missing]")
        #expect(lines.dropFirst().first == "  items: \"{count, plural, one {# товар} other {# товаров}}\"")
        #expect(lines.dropFirst(2).first == "                  ^")
        #expect(result.standardOutput.hasSuffix("2 errors in 1 of 2 files (6 messages in 2 locales)\n"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let site = try Self.site(translation: Self.clean.replacingOccurrences(of: "Оформить заказ", with: "Checkout"))
        defer { try? FileManager.default.removeItem(atPath: site) }
        let relaxed = try LocgenProcess.run(["validate"], currentDirectory: site)
        #expect(relaxed.status == 0)
        #expect(relaxed.standardOutput.contains("[untranslated]"))
        let strict = try LocgenProcess.run(["validate", "--strict"], currentDirectory: site)
        #expect(strict.status == 1)
    }

    @Test(arguments: ["json", "github", "sarif", "junit"])
    func speaksEachMachineFormat(format: String) throws {
        let site = try Self.site(translation: "cart:\n  add: \"В корзину {\"\n")
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try LocgenProcess.run(["validate", "--format", format], currentDirectory: site)
        #expect(result.status == 1)
        switch format {
        case "json":
            let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            #expect((json?["diagnostics"] as? [Any])?.isEmpty == false)
        case "github":
            #expect(result.standardOutput.contains("::error file=locales/ru.yaml,line=2,col="))
        case "sarif":
            let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            #expect(json?["version"] as? String == "2.1.0")
        default:
            #expect(result.standardOutput.hasPrefix("<?xml"))
            #expect(result.standardOutput.contains("<failure"))
        }
    }

    @Test func explainsEveryCheck() throws {
        let result = try LocgenProcess.run(["validate", "--list-checks"])
        #expect(result.status == 0)
        for id in ["plural-missing", "apostrophe", "missing-key", "seo-length", "markup", "invalid-utf8"] {
            #expect(result.standardOutput.contains("  \(id) "), "\(id)")
        }
    }

    @Test func exitsTwoWithoutASourceLocale() throws {
        let site = try Self.site(translation: Self.clean, config: nil)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try LocgenProcess.run(["validate"], currentDirectory: site)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("error: no source locale: pass --source"))
        let explicit = try LocgenProcess.run(["validate", "--source", "en", "locales"], currentDirectory: site)
        #expect(explicit.status == 0)
    }

    @Test func exitsTwoForABadConfigurationOrPath() throws {
        let site = try Self.site(translation: Self.clean, config: "source-locale: en\nvalidate:\n  checks:\n    plurals-missing: off\n")
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try LocgenProcess.run(["validate"], currentDirectory: site)
        #expect(result.status == 2)
        #expect(result.standardError.contains("locgen.yaml:4:5: error: unknown check 'plurals-missing'; did you mean 'plural-missing'?"))
        #expect(!result.standardError.hasPrefix("error: "), "a located error is printed compiler-style, once")
        let missing = try LocgenProcess.run(["validate", "--source", "en", "no-such-folder"], currentDirectory: site)
        #expect(missing.status == 2)
        let badFormat = try LocgenProcess.run(["validate", "--format", "xml"], currentDirectory: site)
        #expect(badFormat.status == 2)
    }
}
