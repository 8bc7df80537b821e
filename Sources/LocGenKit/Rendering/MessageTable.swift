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
    /// What each key used so far formats to: a message without arguments is the same text on every page,
    /// so it is formatted once per table instead of once per page that shows it; any other is kept
    /// compiled, which spares the shared cache's lookup by pattern on every page.
    private let prepared = Mutex<[String: Prepared]>([:])

    private enum Prepared {
        case text(String)
        case message(MessageFormat)
    }

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
        switch prepared.withLock({ $0[key] }) {
        case .text(let text)?:
            return text
        case .message(let message)?:
            return try message.format(arguments)
        case nil:
            guard let message = try message(for: key) else { return nil }
            let text = try message.format(arguments)
            let entry: Prepared = message.argumentNames.isEmpty ? .text(text) : .message(message)
            prepared.withLock { $0[key] = entry }
            return text
        }
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

    /// Renders a page as ``render(template:context:messages:arguments:)`` does and appends its HTML's UTF-8
    /// to `page`: what the build writes and hashes.
    ///
    /// The default renders a String and appends its UTF-8; a renderer that can write bytes directly
    /// spares the build a String per page.
    func render(
        template: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue],
        into page: inout [UInt8]
    ) throws(LocGenError)
}

extension PageRendering {
    /// Renders the page as a String with ``render(template:context:messages:arguments:)`` and appends its
    /// UTF-8 to `page`.
    public func render(
        template: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue],
        into page: inout [UInt8]
    ) throws(LocGenError) {
        let html = try render(template: template, context: context, messages: messages, arguments: arguments)
        page.append(contentsOf: html.utf8)
    }
}
