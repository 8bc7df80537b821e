internal import CLocGenICU

/// The direction a locale's script is written in.
public enum TextDirection: String, Sendable, Codable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

extension LocaleID {
    /// The language subtag (`de` in `de-CH`).
    public var language: String { (try? LocaleTagParser.part(.language, of: icuID)) ?? "" }

    /// The script subtag (`Hant` in `zh-Hant-HK`), or `nil` when the tag has none.
    public var script: String? { nonEmpty(try? LocaleTagParser.part(.script, of: icuID)) }

    /// The region subtag (`CH` in `de-CH`, `419` in `es-419`), or `nil` when the tag has none.
    public var region: String? { nonEmpty(try? LocaleTagParser.part(.region, of: icuID)) }

    /// The locale with likely subtags added (`en` → `en-Latn-US`).
    public var maximized: LocaleID { transformed(locgen_locale_maximize) }

    /// The locale with the subtags that likely-subtags data adds back removed (`en-Latn-US` → `en`).
    public var minimized: LocaleID { transformed(locgen_locale_minimize) }

    /// Whether the locale's script is written right to left, from ICU's `uloc_isRightToLeft`.
    public var isRightToLeft: Bool {
        var result: Int32 = 0
        _ = locgen_locale_is_right_to_left(icuID, &result)
        return result != 0
    }

    /// The locale's text direction, for the HTML `dir` attribute.
    public var direction: TextDirection { isRightToLeft ? .rightToLeft : .leftToRight }

    /// The locale's name in another locale, capitalised as for a menu ("German (Switzerland)").
    public func displayName(in displayLocale: LocaleID) -> String {
        (try? LocaleID.names.value(for: "\(icuID)|\(displayLocale.icuID)") { () throws(ICUError) in
            try readString("name the locale '\(tag)'") {
                locgen_locale_display_name(icuID, displayLocale.icuID, $0, $1, $2)
            }
        }) ?? tag
    }

    /// The locale's name in its own language ("Deutsch (Schweiz)"), for language switchers.
    public var nativeName: String { displayName(in: self) }

    /// The currency in use today in the locale's region (or its likely region), if any.
    public var defaultCurrency: Currency? {
        let code = try? readString("find the currency of '\(tag)'") {
            locgen_locale_currency(maximized.icuID, $0, $1, $2)
        }
        guard let code, !code.isEmpty else { return nil }
        return try? Currency(code)
    }

    /// The locale's decimal separator, grouping separator and numbering system (`latn`, `arab` …).
    public var numberSymbols: NumberSymbols {
        let text = (try? readString("read the number symbols of '\(tag)'") {
            locgen_locale_number_symbols(icuID, $0, $1, $2)
        }) ?? ".\u{1F},\u{1F}latn"
        let parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        return NumberSymbols(
            decimalSeparator: parts.count > 0 ? parts[0] : ".",
            groupingSeparator: parts.count > 1 ? parts[1] : ",",
            numberingSystem: parts.count > 2 ? parts[2] : "latn"
        )
    }

    private static let names = Cache<String, String>()

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private func transformed(
        _ call: (UnsafePointer<CChar>, UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) -> LocaleID {
        guard self != .root,
            let id = try? readString("transform '\(tag)'", { call(icuID, $0, $1, $2) }),
            let tag = try? readString("write '\(id)' as BCP 47", { locgen_locale_to_tag(id, $0, $1, $2) })
        else { return self }
        return LocaleID(trustedTag: tag, icuID: id)
    }
}

/// The symbols a locale writes numbers with.
public struct NumberSymbols: Sendable, Equatable, Codable {
    /// The decimal separator ("," in de).
    public var decimalSeparator: String
    /// The grouping separator ("." in de, U+2019 in de-CH).
    public var groupingSeparator: String
    /// The CLDR numbering system (`latn`, `arab`, `deva` …).
    public var numberingSystem: String

    public init(decimalSeparator: String, groupingSeparator: String, numberingSystem: String) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.numberingSystem = numberingSystem
    }
}
