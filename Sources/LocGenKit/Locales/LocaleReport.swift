public import LocGenICU

/// Everything locgen knows about a locale, as `locgen locale TAG` prints it.
public struct LocaleReport: Sendable, Equatable, Codable {
    /// One plural category with CLDR's rule and samples.
    public struct PluralRule: Sendable, Equatable, Codable {
        public var category: String
        public var rule: String
        public var integerSamples: String
        public var decimalSamples: String
    }

    /// The currency of the locale's region with its digits.
    public struct CurrencyFacts: Sendable, Equatable, Codable {
        public var code: String
        public var name: String
        public var symbol: String
        public var digits: Int
        public var cashDigits: Int
        public var cashRoundingIncrement: Double
    }

    public var input: String
    public var tag: String
    public var icuID: String
    public var notes: [String]
    public var language: String
    public var script: String?
    public var region: String?
    public var maximized: String
    public var minimized: String
    public var englishName: String
    public var nativeName: String
    public var direction: String
    public var fallbackChain: [String]
    public var cardinal: [PluralRule]
    public var ordinal: [PluralRule]
    public var currency: CurrencyFacts?
    public var decimalSeparator: String
    public var groupingSeparator: String
    public var numberingSystem: String
    public var sampleNumber: String
    public var icuVersion: String
    public var cldrVersion: String

    /// Gathers the facts through ICU; throws for a tag that is not a valid locale.
    public init(_ input: String) throws(ICUError) {
        let parsed = try LocaleID.parse(input)
        let locale = parsed.locale
        let english = try LocaleID("en")
        self.input = input
        tag = locale.tag
        icuID = locale.icuID
        notes = parsed.notes
        language = locale.language
        script = locale.script
        region = locale.region
        maximized = locale.maximized.tag
        minimized = locale.minimized.tag
        englishName = locale.displayName(in: english)
        nativeName = locale.nativeName
        direction = locale.direction.rawValue
        fallbackChain = locale.fallbackChain.map(\.tag) + ["root"]
        func rules(ordinal: Bool) throws(ICUError) -> [PluralRule] {
            try PluralRules.cached(locale: locale, ordinal: ordinal).rules.map {
                PluralRule(
                    category: $0.category.rawValue,
                    rule: $0.condition,
                    integerSamples: $0.integerSamples,
                    decimalSamples: $0.decimalSamples
                )
            }
        }
        cardinal = try rules(ordinal: false)
        ordinal = try rules(ordinal: true)
        currency = locale.defaultCurrency.map {
            CurrencyFacts(
                code: $0.code,
                name: $0.name(in: locale),
                symbol: $0.symbol(in: locale),
                digits: $0.digits,
                cashDigits: $0.cashDigits,
                cashRoundingIncrement: $0.cashRoundingIncrement
            )
        }
        let symbols = locale.numberSymbols
        decimalSeparator = symbols.decimalSeparator
        groupingSeparator = symbols.groupingSeparator
        numberingSystem = symbols.numberingSystem
        sampleNumber = try NumberFormat.cached(locale: locale, skeleton: "").format(decimal: "1234567.89")
        icuVersion = ICU.version
        cldrVersion = ICU.cldrVersion
    }

    /// The report as aligned text for people.
    public var text: String {
        var lines: [String] = []
        func row(_ label: String, _ value: String) {
            lines.append(label.padding(to: 18) + value)
        }
        row("tag", tag + (tag == input ? "" : "  (from '\(input)')"))
        for note in notes { row("", "note: \(note)") }
        row("ICU locale ID", icuID)
        row("name", "\(englishName) — \(nativeName)")
        row("direction", direction == "rtl" ? "rtl (right to left)" : "ltr (left to right)")
        row("likely subtags", "\(maximized)  (minimal: \(minimized))")
        row("fallback chain", fallbackChain.joined(separator: " → "))
        row("numbers", "\(sampleNumber)  (decimal '\(decimalSeparator)', grouping '\(Self.visible(groupingSeparator))', digits \(numberingSystem))")
        if let currency {
            let cash = currency.cashRoundingIncrement > 0
                ? ", cash rounding \(Self.decimal(currency.cashRoundingIncrement))"
                : (currency.cashDigits != currency.digits ? ", cash digits \(currency.cashDigits)" : "")
            row("currency", "\(currency.code) \(currency.symbol) \(currency.name), \(currency.digits) digits\(cash)")
        } else {
            row("currency", "none (the tag names no region with a currency)")
        }
        lines.append("plural (cardinal)")
        for rule in cardinal { lines.append(Self.describe(rule)) }
        lines.append("plural (ordinal)")
        for rule in ordinal { lines.append(Self.describe(rule)) }
        row("data", "ICU \(icuVersion), CLDR \(cldrVersion)")
        return lines.joined(separator: "\n")
    }

    static func describe(_ rule: PluralRule) -> String {
        var samples = rule.integerSamples
        if !rule.decimalSamples.isEmpty {
            samples += samples.isEmpty ? rule.decimalSamples : "; " + rule.decimalSamples
        }
        let condition = rule.rule.isEmpty ? "everything else" : rule.rule
        return "  " + rule.category.padding(to: 7) + condition + "\n" + String(repeating: " ", count: 9) + "e.g. " + samples
    }

    /// Makes invisible separators visible (U+00A0, U+202F, U+2019 stay readable in a terminal).
    static func visible(_ text: String) -> String {
        switch text {
        case "\u{00A0}": return "U+00A0 no-break space"
        case "\u{202F}": return "U+202F narrow no-break space"
        case "\u{2019}": return "’ U+2019"
        case "\u{066C}": return "٬ U+066C"
        default: return text
        }
    }

    static func decimal(_ value: Double) -> String {
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

extension LocaleReport {
    /// The report as JSON, keys in a fixed order.
    public func jsonText() -> String {
        func rules(_ list: [PluralRule]) -> JSONText {
            .array(list.map {
                .object([
                    ("category", .string($0.category)),
                    ("rule", .string($0.rule)),
                    ("integerSamples", .string($0.integerSamples)),
                    ("decimalSamples", .string($0.decimalSamples)),
                ])
            })
        }
        func optional(_ text: String?) -> JSONText { text.map(JSONText.string) ?? .null }
        let currencyJSON: JSONText = currency.map {
            .object([
                ("code", .string($0.code)),
                ("name", .string($0.name)),
                ("symbol", .string($0.symbol)),
                ("digits", .int($0.digits)),
                ("cashDigits", .int($0.cashDigits)),
                ("cashRoundingIncrement", .number(Self.decimal($0.cashRoundingIncrement))),
            ])
        } ?? .null
        return JSONText.object([
            ("input", .string(input)),
            ("tag", .string(tag)),
            ("icuID", .string(icuID)),
            ("notes", .array(notes.map(JSONText.string))),
            ("language", .string(language)),
            ("script", optional(script)),
            ("region", optional(region)),
            ("maximized", .string(maximized)),
            ("minimized", .string(minimized)),
            ("englishName", .string(englishName)),
            ("nativeName", .string(nativeName)),
            ("direction", .string(direction)),
            ("fallbackChain", .array(fallbackChain.map(JSONText.string))),
            ("plurals", .object([("cardinal", rules(cardinal)), ("ordinal", rules(ordinal))])),
            ("currency", currencyJSON),
            ("numbers", .object([
                ("decimalSeparator", .string(decimalSeparator)),
                ("groupingSeparator", .string(groupingSeparator)),
                ("numberingSystem", .string(numberingSystem)),
                ("sample", .string(sampleNumber)),
            ])),
            ("icuVersion", .string(icuVersion)),
            ("cldrVersion", .string(cldrVersion)),
        ]).rendered
    }
}
