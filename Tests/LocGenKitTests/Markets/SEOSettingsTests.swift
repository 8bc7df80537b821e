import Testing

@testable import LocGenKit

/// The `seo:` section of `locgen.yaml`: what it reads, and every mistake reported at its line and column.
struct SEOSettingsTests {
    static func config(_ seo: String) -> String {
        SiteConfigErrorTests.valid + "\nseo:\n" + seo
    }

    @Test func readsRobotsGroupsAndTheIndexNowKey() throws {
        let text = Self.config(
            """
              robots:
                disallow: [/cart/, /search]
                allow: [/search/help]
                groups:
                  yandex: { clean-param: ["utm_source&utm_medium /"], disallow: [/compare/] }
                  bing: { crawl-delay: 5 }
              indexnow:
                key: 3f6c1d2e-9a8b-4c7d
            """
        )
        let config = try SiteConfig.decode(text, file: "locgen.yaml", directory: ".")
        #expect(config.seo.robots == .init(allow: ["/search/help"], disallow: ["/cart/", "/search"]))
        #expect(
            config.seo.robotsGroups == [
                .yandex: .init(disallow: ["/compare/"], cleanParams: ["utm_source&utm_medium /"]),
                .bing: .init(crawlDelay: 5),
            ]
        )
        #expect(config.seo.indexNowKey == "3f6c1d2e-9a8b-4c7d")
    }

    @Test func noSectionMeansNoRulesAndNoKey() throws {
        let config = try SiteConfig.decode(SiteConfigErrorTests.valid, file: "locgen.yaml", directory: ".")
        #expect(config.seo == SEOSettings())
    }

    @Test(arguments: [
        ConfigMistake(
            appending: "seo:\n  robot: { disallow: [/cart/] }",
            "11:3: error: unknown key 'robot' in 'seo'; did you mean 'robots'?"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      yandx: { disallow: [/a] }",
            "13:7: error: unknown search engine 'yandx' in 'seo.robots.groups'; did you mean 'yandex'?"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      bing: { crawl-delay: fast }",
            "13:28: error: expected a whole number (1 or more) for 'seo.robots.groups.bing.crawl-delay', found the string "
                + "'fast'; e.g. `crawl-delay: 5`"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    disallow: [cart/]",
            "12:16: error: robots.txt path 'cart/' in 'seo.robots.disallow' must start with '/' (from the host's "
                + "root) or '*'; write '/cart/'"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    disallow: [\"\"]",
            "12:16: error: an empty path in 'seo.robots.disallow' would be an empty rule, which robots.txt reads as "
                + "no rule; remove it, or write '/' for the whole host"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    allow: [\"/a b\"]",
            "12:13: error: robots.txt path '/a b' in 'seo.robots.allow' contains a space or line break; encode it "
                + "as '%20' or remove it"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      baidu: { crawl-delay: 2 }",
            "13:29: error: Baiduspider ignores Crawl-delay, so 'seo.robots.groups.baidu.crawl-delay' would do "
                + "nothing; remove it and set the crawl rate in baidu's webmaster tools (engines that honour it: "
                + "bing, seznam, yahoo-japan)"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      bing: { crawl-delay: 60 }",
            "13:28: error: Bingbot reads Crawl-delay from 1 to 30 seconds, not 60; write at most 30"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      google: { clean-param: [utm_source] }",
            "13:30: error: Clean-param is read only by Yandex; move 'seo.robots.groups.google.clean-param' to "
                + "'seo.robots.groups.yandex'"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      yandex: { clean-param: [\"utm_source&&ref /\"] }",
            "13:31: error: Clean-param 'utm_source&&ref /' has an empty parameter name; join names with a single "
                + "'&', e.g. 'utm_source&utm_medium /'"
        ),
        ConfigMistake(
            appending: "seo:\n  robots:\n    groups:\n      yandex: { clean-param: [\"ref catalog\"] }",
            "13:31: error: Clean-param 'ref catalog' must be parameter names joined with '&', then optionally one "
                + "space and a path starting with '/', e.g. 'utm_source&utm_medium /'"
        ),
        ConfigMistake(
            appending: "seo:\n  indexnow: { key: abc }",
            "11:20: error: IndexNow key 'abc' must be 8 to 128 characters of letters, digits and '-' (it has 3); "
                + "generate one, e.g. with `uuidgen | tr -d '-'`"
        ),
        ConfigMistake(
            appending: "seo:\n  indexnow: { key: \"abc_defg_hij\" }",
            "11:20: error: IndexNow key 'abc_defg_hij' must be 8 to 128 characters of letters, digits and '-' (it "
                + "has 12, with others among them); generate one, e.g. with `uuidgen | tr -d '-'`"
        ),
        ConfigMistake(
            appending: "seo:\n  indexnow: {}",
            "11:3: error: missing key 'key' in 'seo.indexnow'; add it, e.g. `key: 3f6c1d2e9a8b4c7d`"
        ),
    ])
    func reportsEachMistakeAtItsPlace(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }

    @Test func theSchemaDescribesTheSection() {
        let schema = SiteConfigSchema.json
        for key in [
            "\"robots\"", "\"groups\"", "\"crawl-delay\"", "\"clean-param\"", "\"indexnow\"", "^[A-Za-z0-9-]{8,128}$",
        ] {
            #expect(schema.contains(key), "\(key)")
        }
    }
}

/// robots.txt as written from the settings.
struct RobotsFileTests {
    @Test func everyEngineGroupRepeatsTheRulesForEveryCrawler() {
        let settings = SEOSettings(
            robots: .init(allow: ["/search/help"], disallow: ["/cart/", "/search"]),
            robotsGroups: [
                .yandex: .init(disallow: ["/compare/", "/cart/"], cleanParams: ["utm_source&utm_medium /"]),
                .bing: .init(crawlDelay: 5),
            ]
        )
        let robots = RobotsFile(settings: settings, sitemapURLs: ["https://shop.example.com/sitemap.xml.gz"])
        #expect(
            robots.text == """
                User-agent: *
                Allow: /search/help
                Disallow: /cart/
                Disallow: /search

                User-agent: Bingbot
                Allow: /search/help
                Disallow: /cart/
                Disallow: /search
                Crawl-delay: 5

                User-agent: Yandex
                Allow: /search/help
                Disallow: /cart/
                Disallow: /search
                Disallow: /compare/
                Clean-param: utm_source&utm_medium /

                Sitemap: https://shop.example.com/sitemap.xml.gz

                """
        )
        #expect(!robots.text.contains("Host:"))
    }

    @Test func noRulesAllowEverything() {
        let robots = RobotsFile(settings: SEOSettings(), sitemapURLs: [])
        #expect(robots.text == "User-agent: *\nAllow: /\n")
    }

    @Test(arguments: SearchEngine.allCases)
    func everyEngineHasAUserAgentToken(engine: SearchEngine) {
        #expect(!engine.robotsUserAgent.isEmpty)
        #expect(!engine.robotsUserAgent.contains(" "))
    }
}
