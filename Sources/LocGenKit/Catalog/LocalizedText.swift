public import LocGenICU

/// Text given per locale, such as a product's name: `{"en": "Alpine jacket", "de": "Alpinjacke"}`.
public struct LocalizedText: Sendable, Equatable {
    /// Canonical BCP 47 tag (`de-CH`) to text; the key `""` holds untagged text that serves every
    /// locale with nothing closer.
    public var values: [String: String]

    /// Text keyed by canonical BCP 47 tag, `""` for untagged text; keys are used as given.
    public init(_ values: [String: String]) {
        self.values = values
    }

    /// Text for every locale alike, stored under the untagged key `""`.
    public init(untagged text: String) {
        self.values = ["": text]
    }

    /// The text for `locale`: the first of the locale's CLDR fallback chain (de-CH → de), then the
    /// source locale, then the untagged text; `nil` when none has any.
    public func resolve(for locale: LocaleID, source: LocaleID) -> String? {
        resolve(along: locale.fallbackChain + [source])
    }

    /// The text for the first tag of `chain` that has one, else the untagged text, with the position in
    /// `chain` of the tag it came from (`nil` for the untagged text).
    public func resolveWithPosition(along chain: [LocaleID]) -> (text: String, position: Int?)? {
        for (position, locale) in chain.enumerated() {
            if let text = values[locale.tag] { return (text, position) }
        }
        return values[""].map { ($0, nil) }
    }

    /// The text for the first tag of `chain` that has one, else the untagged text.
    ///
    /// Pages resolve many fields for one market: compute the chain once
    /// (`locale.fallbackChain + [source]`) and pass it here.
    public func resolve(along chain: [LocaleID]) -> String? {
        for locale in chain {
            if let text = values[locale.tag] { return text }
        }
        return values[""]
    }
}
