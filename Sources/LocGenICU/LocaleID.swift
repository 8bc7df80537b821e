internal import CLocGenICU

/// A validated, canonical BCP 47 locale tag such as `de-CH`, `es-419` or `zh-Hant-HK`.
///
/// Make one with ``init(_:)``, which accepts BCP 47 tags and ICU's underscore form (`de_CH`),
/// canonicalises them through ICU with CLDR's alias data, and rejects tags that name no known
/// language, script or region.
public struct LocaleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The canonical BCP 47 tag, such as `de-CH`.
    public let tag: String
    /// ICU's form of the same locale, such as `de_CH`.
    public let icuID: String

    /// CLDR's root locale, the last step of every fallback chain.
    public static let root = LocaleID(trustedTag: "root", icuID: "root")

    init(trustedTag tag: String, icuID: String) {
        self.tag = tag
        self.icuID = icuID
    }

    /// Parses and validates a locale tag.
    ///
    /// Throws ``ICUError/Code/invalidLocale`` with a suggestion where one is known
    /// (`en-UK` → `en-GB`, `jp` → `ja`).
    public init(_ text: String) throws(ICUError) {
        self = try LocaleID.parse(text).locale
    }

    public var description: String { tag }

    public static func < (lhs: LocaleID, rhs: LocaleID) -> Bool { lhs.tag < rhs.tag }
}

/// The result of parsing a locale tag: the locale and notes on how the input was rewritten.
public struct ParsedLocale: Sendable, Equatable {
    /// The canonical locale.
    public var locale: LocaleID
    /// Sentences on what canonicalisation changed, e.g. that `de_CH` is ICU's form of `de-CH`.
    public var notes: [String]
}

extension LocaleID {
    private static let parsed = Cache<String, ParsedLocale>()

    /// Parses a tag and says what canonicalisation changed; results are cached.
    public static func parse(_ text: String) throws(ICUError) -> ParsedLocale {
        try parsed.value(for: text) { () throws(ICUError) in try LocaleTagParser.parse(text) }
    }
}
