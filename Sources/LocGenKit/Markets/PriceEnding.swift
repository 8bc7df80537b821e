/// The ending a market's prices are moved to after rounding: `.99` prices, whole amounts, tens.
public enum PriceEnding: String, CaseIterable, Sendable, Hashable {
    /// Prices end in .99 (19.99).
    case ninetyNine = "0.99"
    /// Prices end in .95 (19.95).
    case ninetyFive = "0.95"
    /// Prices end in .90 (19.90).
    case ninety = "0.90"
    /// Prices are whole amounts of the currency (20).
    case whole
    /// Prices are whole tens (1,990 → 2,000 for JPY or KRW style round prices).
    case tens = "10"
    /// Prices are whole hundreds.
    case hundreds = "100"

    /// Whether the ending needs fraction digits, which a currency such as JPY does not have.
    public var needsFractionDigits: Bool {
        switch self {
        case .ninetyNine, .ninetyFive, .ninety: true
        case .whole, .tens, .hundreds: false
        }
    }
}
