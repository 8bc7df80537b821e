extension SiteConfigBuilder {
    /// The `seo` section, with every robots.txt rule and the IndexNow key checked; problems are reported at
    /// their values.
    mutating func seoSettings(_ entry: ConfigEntry?) -> SEOSettings {
        var settings = SEOSettings()
        guard let entry else { return settings }
        if let robots = entry["robots"] {
            settings.robots = robotsRules(robots, engine: nil)
            for group in robots["groups"]?.members ?? [] {
                guard let engine = SearchEngine(rawValue: group.name) else { continue }
                settings.robotsGroups[engine] = robotsRules(group.value, engine: engine)
            }
        }
        if let key = entry["indexnow"]?["key"], let text = key.text {
            if Self.isIndexNowKey(text) {
                settings.indexNowKey = text
            } else {
                report(
                    "IndexNow key '\(text)' must be 8 to 128 characters of letters, digits and '-' (it has "
                        + "\(text.count)\(text.allSatisfy(\.isIndexNowKeyCharacter) ? "" : ", with others among them")); "
                        + "generate one, e.g. with `uuidgen | tr -d '-'`",
                    at: key.location
                )
            }
        }
        return settings
    }

    static func isIndexNowKey(_ text: String) -> Bool {
        (8...128).contains(text.utf8.count) && text.allSatisfy(\.isIndexNowKeyCharacter)
    }

    /// One group's rules; `engine` is nil for the rules for every crawler.
    private mutating func robotsRules(_ entry: ConfigEntry, engine: SearchEngine?) -> SEOSettings.RobotsRules {
        var rules = SEOSettings.RobotsRules()
        rules.allow = robotsPaths(entry["allow"])
        rules.disallow = robotsPaths(entry["disallow"])
        if let delay = entry["crawl-delay"], let seconds = delay.integer, let engine {
            if !engine.honoursCrawlDelay {
                report(
                    "\(engine.robotsUserAgent) ignores Crawl-delay, so '\(delay.path)' would do nothing; remove it "
                        + "and set the crawl rate in \(engine)'s webmaster tools (engines that honour it: bing, "
                        + "seznam, yahoo-japan)",
                    at: delay.location
                )
            } else if engine == .bing, seconds > 30 {
                report(
                    "Bingbot reads Crawl-delay from 1 to 30 seconds, not \(seconds); write at most 30",
                    at: delay.location
                )
            } else {
                rules.crawlDelay = seconds
            }
        }
        if let cleanParam = entry["clean-param"] {
            if engine != .yandex {
                report(
                    "Clean-param is read only by Yandex; move '\(cleanParam.path)' to 'seo.robots.groups.yandex'",
                    at: cleanParam.location
                )
            } else {
                rules.cleanParams = cleanParam.items.compactMap { item in checkedCleanParam(item) }
            }
        }
        return rules
    }

    private mutating func robotsPaths(_ entry: ConfigEntry?) -> [String] {
        var paths: [String] = []
        for item in entry?.items ?? [] {
            guard let path = item.text else { continue }
            if path.isEmpty {
                report(
                    "an empty path in '\(item.path)' would be an empty rule, which robots.txt reads as no rule; "
                        + "remove it, or write '/' for the whole host",
                    at: item.location
                )
            } else if path.contains(where: { $0.isWhitespace || $0.isNewline }) {
                report(
                    "robots.txt path '\(path)' in '\(item.path)' contains a space or line break; encode it as "
                        + "'%20' or remove it",
                    at: item.location
                )
            } else if !path.hasPrefix("/"), !path.hasPrefix("*") {
                report(
                    "robots.txt path '\(path)' in '\(item.path)' must start with '/' (from the host's root) or '*'; "
                        + "write '/\(path)'",
                    at: item.location
                )
            } else {
                paths.append(path)
            }
        }
        return paths
    }

    /// A Clean-param value: parameter names joined with `&`, then optionally a space and a path prefix; at
    /// most 500 characters, Yandex's limit.
    private mutating func checkedCleanParam(_ item: ConfigEntry) -> String? {
        guard let text = item.text else { return nil }
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        let names = parts[0].split(separator: "&", omittingEmptySubsequences: false)
        let isNameValid = { (name: Substring) in
            !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
        }
        let problem: String? =
            if text.count > 500 {
                "is \(text.count) characters long; Yandex reads at most 500, so split it into several"
            } else if parts.count > 2 || (parts.count == 2 && !parts[1].hasPrefix("/")) {
                "must be parameter names joined with '&', then optionally one space and a path starting with '/'"
            } else if let bad = names.first(where: { !isNameValid($0) }) {
                bad.isEmpty
                    ? "has an empty parameter name; join names with a single '&'"
                    : "has the parameter name '\(bad)'; use letters, digits, '_', '.' and '-'"
            } else {
                nil
            }
        if let problem {
            report(
                "Clean-param '\(text)' \(problem), e.g. 'utm_source&utm_medium /'",
                at: item.location
            )
            return nil
        }
        return text
    }
}

extension Character {
    fileprivate var isIndexNowKeyCharacter: Bool {
        isASCII && (isLetter || isNumber || self == "-")
    }
}
