extension ConfigKey {
    /// The keys under `seo`: `robots.txt` rules and IndexNow.
    static let seoKeys: [ConfigKey] = [
        ConfigKey(
            name: "robots",
            value: .object(robotsKeys),
            summary: """
                The rules of every host's robots.txt: `allow` and `disallow` for every crawler, and `groups` \
                with rules for single engines. Sitemap lines are always written.
                """,
            defaultNote: "every crawler may fetch everything",
            example:
                "{ disallow: [/cart/, /search], groups: { yandex: { clean-param: [\"utm_source&utm_medium /\"] } } }"
        ),
        ConfigKey(
            name: "indexnow",
            value: .object(indexNowKeys),
            summary: """
                IndexNow (Bing, Yandex, Seznam, Naver): each host gets /<key>.txt, and each build lists the URLs \
                it added, changed or removed in .locgen/indexnow/ for `locgen indexnow submit`.
                """,
            example: "{ key: 3f6c1d2e9a8b4c7d }"
        ),
    ]

    static let robotsKeys: [ConfigKey] =
        robotsRuleKeys + [
            ConfigKey(
                name: "groups",
                value: .map(
                    names: .choice(noun: "search engine", values: searchEngineNames),
                    member: ConfigKey(
                        name: memberPlaceholder,
                        value: .object(robotsRuleKeys + robotsEngineKeys),
                        summary: "The rules for one engine's crawler, added to the rules for every crawler.",
                        example: "{ disallow: [/drafts/], crawl-delay: 5 }"
                    )
                ),
                summary: """
                    Groups for single engines, by engine name. A crawler obeys only the group that names it, so \
                    each group also repeats the rules for every crawler.
                    """,
                example: "{ yandex: { clean-param: [\"utm_source&utm_medium /\"] }, bing: { crawl-delay: 5 } }"
            )
        ]

    static let robotsRuleKeys: [ConfigKey] = [
        ConfigKey(
            name: "allow",
            value: .list(.string(pattern: robotsPathPattern)),
            summary:
                "Path patterns crawlers may fetch although a disallow rule covers them; each starts with '/' or '*'.",
            defaultValue: "[]",
            example: "[/search/help]"
        ),
        ConfigKey(
            name: "disallow",
            value: .list(.string(pattern: robotsPathPattern)),
            summary: """
                Path patterns crawlers must not fetch, from the host's root; each starts with '/' or '*', and \
                may use '*' and a final '$' as Google, Bing and Yandex read them.
                """,
            defaultValue: "[]",
            example: "[/cart/, /search]",
            aliases: ["deny", "block"]
        ),
    ]

    static let robotsEngineKeys: [ConfigKey] = [
        ConfigKey(
            name: "crawl-delay",
            value: .integer(minimum: 1),
            summary: """
                Seconds between two requests of the engine's crawler; only for engines that honour it: bing \
                (1 to 30), seznam and yahoo-japan.
                """,
            example: "5",
            aliases: ["crawl_delay", "delay"]
        ),
        ConfigKey(
            name: "clean-param",
            value: .list(.string(pattern: #"^[A-Za-z0-9_.-]+(&[A-Za-z0-9_.-]+)*( /\S*)?$"#)),
            summary: """
                Yandex only: query parameters that do not change a page, joined with '&', optionally followed \
                by a space and the path prefix they apply to (`utm_source&utm_medium /`).
                """,
            example: "[\"utm_source&utm_medium /\", \"sort /catalog/\"]",
            aliases: ["clean_param", "cleanparam"]
        ),
    ]

    static let indexNowKeys: [ConfigKey] = [
        ConfigKey(
            name: "key",
            value: .string(pattern: #"^[A-Za-z0-9-]{8,128}$"#),
            summary: "The IndexNow key: 8 to 128 characters of letters, digits and '-'. Published as /<key>.txt.",
            isRequired: true,
            example: "3f6c1d2e9a8b4c7d"
        )
    ]

    /// A robots.txt path pattern: from the root, or starting with a wildcard; no spaces.
    static let robotsPathPattern = #"^[/*]\S*$"#
}
