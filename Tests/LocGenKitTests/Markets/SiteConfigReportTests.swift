import LocGenICU
import Testing

@testable import LocGenKit

/// How the problems of one file are reported together: all of them, sorted, with codes and positions.
struct SiteConfigReportTests {
    static func problems(in text: String) -> SiteConfigErrors? {
        SiteConfigErrorTests.problems(in: text)
    }

    @Test func reportsEveryProblemOfAFileSortedByPosition() throws {
        let text = """
            x-default: fr
            markets:
              us:
                locale: en-UK
                currency: USD
                path: /us/
                search-engines: [gogle]
              us2:
                locale: en-US
                currency: USDD
                path: /us/
              ca:
                locale: en-CA
                path: ca/
              us:
                locale: en-US
            site:
              base-url: shop.example.com
              nam: Nordlicht
            base-currency: USD
            """
        let errors = try #require(Self.problems(in: text))
        #expect(
            errors.description == """
                locgen.yaml:1:1: error: missing key 'source-locale' at the top level; add it, e.g. `source-locale: en`
                locgen.yaml:1:12: error: x-default names the market 'fr', which 'markets' does not have; use a market id (ca, us, us2) or 'selector'
                locgen.yaml:4:13: error: unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')
                locgen.yaml:7:22: error: unknown search engine 'gogle' in 'markets.us.search-engines'; did you mean 'google'?
                locgen.yaml:10:15: error: unknown currency 'USDD'; use an ISO 4217 code such as 'EUR' or 'JPY'
                locgen.yaml:12:3: error: missing key 'currency' in 'markets.ca'; add it, e.g. `currency: USD`
                locgen.yaml:14:11: error: path 'ca/' must start with '/', e.g. '/ca/'
                locgen.yaml:15:3: error: duplicate key 'us' in 'markets'; the first is at line 3, column 3, so remove or rename one
                locgen.yaml:18:13: error: base-url 'shop.example.com' is not an absolute URL; write it with its scheme, e.g. 'https://shop.example.com'
                locgen.yaml:19:3: error: unknown key 'nam' in 'site'; did you mean 'name'?
                """
        )
        #expect(
            errors.errors.map(\.code) == [
                .missingKey, .invalidConfiguration, .invalidConfiguration, .invalidConfiguration, .invalidConfiguration,
                .missingKey, .invalidConfiguration, .duplicateKey, .invalidConfiguration, .unknownKey,
            ]
        )
    }

    @Test func reportsTheSameURLOnceTheBaseURLIsKnown() throws {
        // Two markets on one URL are found even when one of them has another problem.
        let errors = try #require(
            Self.problems(
                in: """
                    site: { base-url: "https://shop.example.com" }
                    source-locale: en
                    base-currency: USD
                    markets:
                      us: { locale: en-US, currency: USD, path: /us/ }
                      us2: { locale: en-XX, currency: USD, path: /us/ }
                    """
            )
        )
        #expect(
            errors.description == """
                locgen.yaml:6:18: error: unknown region 'XX' in 'en-XX'; use an ISO 3166 code such as 'US' or a UN M.49 code such as '419'
                locgen.yaml:6:46: error: markets 'us' and 'us2' both live at https://shop.example.com/us/; give each its own path or host
                """
        )
    }

    @Test func keepsICUsErrorBehindALocaleProblem() throws {
        let errors = try #require(Self.problems(in: SiteConfigErrorTests.valid.replacing("de-DE", with: "de-UK")))
        let error = try #require(errors.errors.first)
        #expect(error.code == .invalidConfiguration)
        #expect(error.location == SourceLocation(file: "locgen.yaml", line: 7, column: 13))
        #expect((error.underlyingError as? ICUError)?.code == .invalidLocale)
    }

    @Test func listsEveryMissingKeyOfAnEmptyFile() throws {
        let errors = try #require(Self.problems(in: "# nothing yet\n"))
        #expect(
            errors.description == """
                locgen.yaml:1:1: error: missing key 'site' at the top level; add it, e.g. `site: { name: Nordlicht Outfitters, base-url: "https://shop.example.com" }`
                locgen.yaml:1:1: error: missing key 'source-locale' at the top level; add it, e.g. `source-locale: en`
                locgen.yaml:1:1: error: missing key 'base-currency' at the top level; add it, e.g. `base-currency: EUR`
                locgen.yaml:1:1: error: missing key 'markets' at the top level; add it, e.g. `markets: { us: { locale: en-US, currency: USD, path: /us/ } }`
                """
        )
        #expect(errors.errors.allSatisfy { $0.code == .missingKey })
    }

    @Test(arguments: [
        (
            "site:\n  base-url: https://a.example\n  name: a: b\n",
            "locgen.yaml:3:10: error: invalid YAML: mapping values are not allowed in this context; quote a value that "
                + "contains ': ', or check the indentation"
        ),
        (
            "site:\n\tbase-url: https://a.example\n",
            "locgen.yaml:2:1: error: invalid YAML: found character that cannot start any token (while scanning for "
                + "the next token from line 2, column 1); YAML does not allow tabs for indentation, so indent with spaces"
        ),
        (
            "markets: [us, de\nsite: {}\n",
            "locgen.yaml:2:5: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence from "
                + "line 1, column 10)"
        ),
        (
            "markets:\n  us: *defaults\n",
            "locgen.yaml:2:7: error: invalid YAML: found undefined alias; define the anchor ('&name') before the "
                + "alias ('*name') that uses it"
        ),
        (
            "site: {}\n---\nsite: {}\n",
            "locgen.yaml:2:1: error: invalid YAML: the file holds more than one document; keep one and remove the "
                + "extra '---' line"
        ),
        (
            "- site\n- markets\n",
            "locgen.yaml:1:1: error: expected a mapping of settings at the top level, found a list; start with `site:`"
        ),
    ])
    func reportsYAMLSyntaxErrorsAtTheirPosition(text: String, expected: String) throws {
        let errors = try #require(Self.problems(in: text))
        #expect(errors.description == expected)
        #expect(errors.errors.count == 1)
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        let errors = try #require(
            Self.problems(in: "site: { name: 日本の店, base-url: shop.example.jp }\nsource-locale: ja\n")
        )
        let urlError = try #require(errors.errors.first { $0.message.hasPrefix("base-url") })
        #expect(urlError.location == SourceLocation(file: "locgen.yaml", line: 1, column: 31))
    }

    @Test func reportsEveryCopyOfAKeyWrittenThreeTimes() throws {
        let text = SiteConfigErrorTests.valid + "\nsource-locale: de\nsource-locale: fr\n"
        let errors = try #require(Self.problems(in: text))
        #expect(
            errors.description == """
                locgen.yaml:10:1: error: duplicate key 'source-locale' at the top level; the first is at line 3, column 1, so remove or rename one
                locgen.yaml:11:1: error: duplicate key 'source-locale' at the top level; the first is at line 3, column 1, so remove or rename one
                """
        )
    }

    @Test func refusesYAMLMergeKeys() throws {
        let text = SiteConfigErrorTests.valid + "\n  at:\n    <<: { currency: EUR }\n    locale: de-AT\n    path: /at/"
        let errors = try #require(Self.problems(in: text))
        #expect(
            errors.description == """
                locgen.yaml:10:3: error: missing key 'currency' in 'markets.at'; add it, e.g. `currency: USD`
                locgen.yaml:11:5: error: expected a key name in 'markets.at', found a YAML merge key ('<<'); write each key out, or use an alias for a whole value (`pricing: *eu-pricing`)
                """
        )
    }

    @Test func reportsAProblemInAnAliasedValueAtTheAnchorForEachUse() throws {
        let text = """
            site: { base-url: "https://shop.example.com" }
            source-locale: en
            base-currency: EUR
            markets:
              de: { locale: de-DE, currency: EUR, path: /de/, pricing: &eu { rounding: cents } }
              at: { locale: de-AT, currency: EUR, path: /at/, pricing: *eu }
            """
        let errors = try #require(Self.problems(in: text))
        #expect(errors.errors.count == 2)
        #expect(errors.errors.map(\.location?.line) == [5, 5])
    }
}
