public import LocGenICU

/// Exchange rates from one base currency, as read from `data/rates.yaml`.
///
/// A rate says how many units of a currency one unit of the base buys: with base EUR,
/// `USD: "1.0832"` turns €100.00 into $108.32.
public struct ExchangeRates: Sendable, Equatable {
    /// The currency every rate starts from.
    public var base: Currency
    /// Units of each currency per one unit of ``base``.
    public var rates: [Currency: DecimalAmount]
    /// The file the rates came from, for messages; `nil` when they were made in code.
    public var path: String?

    /// Rates made in code; ``load(path:expectedBase:)`` reads them from a file.
    public init(base: Currency, rates: [Currency: DecimalAmount], path: String? = nil) {
        self.base = base
        self.rates = rates
        self.path = path
    }

    /// The rate from ``base`` to `currency`: 1 for the base itself, `nil` when the file has none.
    public func rate(to currency: Currency) -> DecimalAmount? {
        currency == base ? DecimalAmount(1) : rates[currency]
    }
}
