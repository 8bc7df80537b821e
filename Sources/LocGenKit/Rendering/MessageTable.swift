public import LocGenICU
import Synchronization

/// The messages one market's pages can use: its locale's bundle, then each CLDR parent's, then the
/// source locale's, site bundles before the theme's; compiled on first use for the market's locale
/// and time zone.
public final class MessageTable: Sendable {
    /// The locale messages are formatted for.
    public let locale: LocaleID
    /// The zone dates in messages are shown in.
    public let timeZone: TimeZoneID
    private let patterns: [String: String]
    /// The text of every message without arguments formatted so far: the same on every page, so each is
    /// formatted once per table instead of once per page that shows it.
    private let constantTexts = Mutex<[String: String]>([:])

    /// Makes a table from bundles in lookup order: the first bundle that has a key wins.
    public init(locale: LocaleID, timeZone: TimeZoneID, bundles: [[String: String]]) {
        self.locale = locale
        self.timeZone = timeZone
        var patterns: [String: String] = [:]
        for bundle in bundles.reversed() {
            patterns.merge(bundle) { _, preferred in preferred }
        }
        self.patterns = patterns
    }

    /// Every key the table has, sorted.
    public var keys: [String] { patterns.keys.sorted() }

    /// The pattern for a key, from the first bundle that has it.
    public func pattern(for key: String) -> String? { patterns[key] }

    /// The compiled message for a key; `nil` when no bundle has it.
    ///
    /// Throws ``ICUError`` when the pattern does not compile (validate reports those first).
    public func message(for key: String) throws(ICUError) -> MessageFormat? {
        guard let pattern = patterns[key] else { return nil }
        return try MessageFormat.cached(pattern, locale: locale, timeZone: timeZone)
    }

    /// Formats a message with the page's arguments; the message takes the ones it names.
    public func format(_ key: String, arguments: [String: MessageValue]) throws(ICUError) -> String? {
        if let text = constantTexts.withLock({ $0[key] }) { return text }
        guard let message = try message(for: key) else { return nil }
        let text = try message.format(arguments)
        if message.argumentNames.isEmpty { constantTexts.withLock { $0[key] = text } }
        return text
    }
}

/// Renders pages from templates: the seam between the build, which decides what pages exist and
/// what is on them, and the template engine.
public protocol PageRendering: Sendable {
    /// Renders the template `template` (`product`, `market-index`, `selector`) with a page's data.
    ///
    /// `messages` are the market's messages, reachable in templates as `{{t.cart.add}}` and
    /// formatted with `arguments` (the page's stock count, delivery date …).
    func render(
        template: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue]
    ) throws(LocGenError) -> String
}
