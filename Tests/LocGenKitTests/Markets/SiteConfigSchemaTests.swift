import Foundation
import Testing

@testable import LocGenKit

struct SiteConfigSchemaTests {
    static func parsedSchema() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(SiteConfigSchema.json.utf8))
        return try #require(object as? [String: Any])
    }

    /// The dotted path of every key a schema describes; a map's members are `*`.
    static func keyPaths(in schema: [String: Any], prefix: String = "") -> Set<String> {
        var paths: Set<String> = []
        func joined(_ name: String) -> String { prefix.isEmpty ? name : "\(prefix).\(name)" }
        for (name, value) in schema["properties"] as? [String: Any] ?? [:] {
            paths.insert(joined(name))
            paths.formUnion(keyPaths(in: value as? [String: Any] ?? [:], prefix: joined(name)))
        }
        if let member = schema["additionalProperties"] as? [String: Any] {
            paths.insert(joined("*"))
            paths.formUnion(keyPaths(in: member, prefix: joined("*")))
        }
        return paths
    }

    /// The dotted path of every key a checked file uses, with the names of map members as `*`.
    static func keyPaths(in entry: ConfigEntry, shape: ConfigValue, prefix: String = "") -> Set<String> {
        var paths: Set<String> = []
        for member in entry.members {
            let key: ConfigKey?
            switch shape {
            case .object(let keys): key = keys.first { $0.name == member.name }
            case .map(_, let memberKey): key = memberKey
            default: key = nil
            }
            guard let key else { continue }
            let path = prefix.isEmpty ? key.name : "\(prefix).\(key.name)"
            paths.insert(path)
            paths.formUnion(keyPaths(in: member.value, shape: key.value, prefix: path))
        }
        return paths
    }

    static let tableKeyPaths = Set(ConfigKey.siteConfig.flatMap { $0.paths() })

    @Test func isDraft2020JSONWithADescriptionForEveryKey() throws {
        let schema = try Self.parsedSchema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(Set(schema["required"] as? [String] ?? []) == ["site", "source-locale", "base-currency", "markets"])
        func checkDescriptions(_ node: [String: Any], path: String) {
            for (name, value) in node["properties"] as? [String: Any] ?? [:] {
                let property = value as? [String: Any] ?? [:]
                #expect((property["description"] as? String)?.isEmpty == false, "\(path).\(name) has no description")
                // Every mapping with fixed keys rejects others, as the loader does.
                if property["properties"] != nil {
                    #expect(property["additionalProperties"] as? Bool == false, "\(path).\(name) accepts any key")
                }
                checkDescriptions(property, path: "\(path).\(name)")
            }
            if let member = node["additionalProperties"] as? [String: Any] {
                #expect(member["description"] != nil, "\(path).* has no description")
                checkDescriptions(member, path: "\(path).*")
            }
        }
        checkDescriptions(schema, path: "")
    }

    @Test func coversExactlyTheKeysTheLoaderAccepts() throws {
        #expect(Self.keyPaths(in: try Self.parsedSchema()) == Self.tableKeyPaths)
    }

    @Test func fullExampleUsesEveryKeyTheLoaderAccepts() throws {
        // The loading test decodes this file key by key, so a key in the table that the loader ignored would
        // show there; this test makes sure the file really has every key.
        let document = YAMLDocument(text: SiteConfigLoadingTests.fullConfig, file: "locgen.yaml")
        var checker = ConfigChecker(document: document, table: ConfigKey.siteConfig)
        let checked = checker.checkRoot()
        let root = try #require(checked)
        #expect(checker.problems.isEmpty)
        let used = Self.keyPaths(in: root, shape: .object(ConfigKey.siteConfig))
        #expect(Self.tableKeyPaths.subtracting(used).sorted() == [])
    }

    @Test func listsTheNamesTheLoaderKnows() throws {
        let schema = try Self.parsedSchema()
        let properties = try #require(schema["properties"] as? [String: Any])
        let markets = try #require(properties["markets"] as? [String: Any])
        let market = try #require(markets["additionalProperties"] as? [String: Any])
        let marketKeys = try #require(market["properties"] as? [String: Any])
        let engines = try #require((marketKeys["search-engines"] as? [String: Any])?["items"] as? [String: Any])
        #expect(engines["enum"] as? [String] == SearchEngine.allCases.map(\.rawValue))
        let pricing = try #require((marketKeys["pricing"] as? [String: Any])?["properties"] as? [String: Any])
        let rounding = try #require(pricing["rounding"] as? [String: Any])
        #expect(rounding["enum"] as? [String] == ["currency", "cash", "none"])
        #expect(rounding["default"] as? String == "currency")
        let ending = try #require((pricing["ending"] as? [String: Any])?["enum"] as? [Any])
        #expect(ending.compactMap { $0 as? String } == ["0.99", "0.95", "0.90", "whole", "10", "100"])
        let path = try #require(marketKeys["path"] as? [String: Any])
        #expect(path["pattern"] as? String == MarketPath.pattern)
        #expect((markets["propertyNames"] as? [String: Any])?["pattern"] as? String == "^[a-z0-9][a-z0-9_-]*$")
    }

    @Test func patternForPathsAgreesWithTheLoader() throws {
        let regex = try NSRegularExpression(pattern: MarketPath.pattern)
        for path in [
            "/", "/us/", "/de/ch/", "/日本/", "de/", "/de", "//", "/../", "/./x/", "/a b/", "/a?b/", "/%20/", "/a\\b/",
        ] {
            let range = NSRange(path.startIndex..., in: path)
            let matches = regex.firstMatch(in: path, range: range) != nil
            #expect(matches == (MarketPath.problem(with: path) == nil), "\(path)")
        }
    }

    @Test func isTheSameTextEveryTime() {
        #expect(SiteConfigSchema.json == SiteConfigSchema.json)
        #expect(SiteConfigSchema.json.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    }
}
