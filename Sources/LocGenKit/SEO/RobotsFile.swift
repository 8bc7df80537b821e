/// A host's `robots.txt`: a group for every crawler, a group per engine that `locgen.yaml` names, and the
/// host's sitemaps by absolute URL.
///
/// A crawler obeys only the group whose `User-agent` names it most specifically (RFC 9309, section 2.2.1),
/// so an engine's group repeats the rules for every crawler before its own. Allow rules come before
/// disallow rules: Google, Bing and Yandex pick the longest matching rule whatever the order, and a crawler
/// that takes the first match still sees the exceptions first. No `Host:` line: Yandex dropped it in 2018.
struct RobotsFile {
    var settings: SEOSettings
    /// Absolute sitemap URLs, in the order written.
    var sitemapURLs: [String]

    var text: String {
        var text = group(["*"], settings.robots)
        for engine in settings.robotsGroups.keys.sorted() {
            let own = settings.robotsGroups[engine]!
            var rules = settings.robots
            rules.allow = Self.merged(rules.allow, own.allow)
            rules.disallow = Self.merged(rules.disallow, own.disallow)
            rules.crawlDelay = own.crawlDelay
            rules.cleanParams = own.cleanParams
            text += "\n" + group([engine.robotsUserAgent], rules)
        }
        if !sitemapURLs.isEmpty {
            text += "\n" + sitemapURLs.map { "Sitemap: \($0)\n" }.joined()
        }
        return text
    }

    private func group(_ agents: [String], _ rules: SEOSettings.RobotsRules) -> String {
        var lines = agents.map { "User-agent: \($0)" }
        lines += rules.allow.map { "Allow: \($0)" }
        lines += rules.disallow.map { "Disallow: \($0)" }
        // A group needs a rule; with none, say plainly that everything may be fetched.
        if rules.allow.isEmpty, rules.disallow.isEmpty { lines.append("Allow: /") }
        if let delay = rules.crawlDelay { lines.append("Crawl-delay: \(delay)") }
        lines += rules.cleanParams.map { "Clean-param: \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `first` then the items of `second` not in it.
    private static func merged(_ first: [String], _ second: [String]) -> [String] {
        first + second.filter { !first.contains($0) }
    }
}
