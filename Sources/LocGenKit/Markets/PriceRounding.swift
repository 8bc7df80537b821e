/// How a market rounds a price after converting it from the base currency.
public enum PriceRounding: String, CaseIterable, Sendable, Hashable {
    /// To the currency's digits as CLDR gives them through ICU (2 for EUR, 0 for JPY).
    case currency
    /// To the currency's cash rounding, where CLDR has one (CHF to 0.05); otherwise as `currency`.
    case cash
    /// Not at all: the converted price keeps every decimal it has. Written `none` in `locgen.yaml`.
    case unrounded = "none"
}
