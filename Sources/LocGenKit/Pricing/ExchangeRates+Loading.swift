public import LocGenICU
import Yams

extension ExchangeRates {
    /// Reads a rates file:
    ///
    /// ```yaml
    /// base: EUR
    /// rates:
    ///   USD: "1.0832"
    ///   CHF: 0.9421      # YAML numbers are read from their text, never through Double
    /// ```
    ///
    /// Throws ``LocGenError/Code/invalidRates`` at the offending line and column for an unknown
    /// currency, a rate that is not a positive decimal number, or a `base` other than
    /// `expectedBase` (the site's base currency) when one is given.
    public static func load(path: String, expectedBase: Currency? = nil) throws(LocGenError) -> ExchangeRates {
        try parse(yaml: TextFile.text(atPath: path), path: path, expectedBase: expectedBase)
    }

    /// Reads rates from YAML text; `path` is used in locations only.
    public static func parse(yaml: String, path: String, expectedBase: Currency? = nil) throws(LocGenError)
        -> ExchangeRates
    {
        let root = try YAMLComposer.compose(yaml, path: path, code: .invalidRates)
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let mapping = root?.mapping else {
            throw LocGenError(.invalidRates, "expected a mapping with 'base' and 'rates', such as base: EUR", at: start)
        }
        let at = { (node: Node) in YAMLComposer.location(of: node, in: path) }
        for (key, _) in mapping where key.string != "base" && key.string != "rates" {
            throw LocGenError(
                .invalidRates,
                "unknown key '\(key.string ?? "")'; a rates file has only 'base' and 'rates'",
                at: at(key)
            )
        }
        guard let baseNode = mapping["base"] else {
            throw LocGenError(
                .invalidRates,
                "missing 'base'; add the currency the rates start from, such as base: EUR",
                at: start
            )
        }
        let base = try currency(baseNode, at: at(baseNode))
        if let expectedBase, base != expectedBase {
            throw LocGenError(
                .invalidRates,
                "the rates start from \(base.code) but the site's base currency is \(expectedBase.code); set base: \(expectedBase.code) and give rates from it",
                at: at(baseNode)
            )
        }
        guard let ratesNode = mapping["rates"] else { return ExchangeRates(base: base, rates: [:], path: path) }
        guard let rateMapping = ratesNode.mapping else {
            throw LocGenError(
                .invalidRates,
                "'rates' must map currency codes to rates, such as USD: \"1.0832\"",
                at: at(ratesNode)
            )
        }
        var rates: [Currency: DecimalAmount] = [:]
        for (key, value) in rateMapping {
            let code = try currency(key, at: at(key))
            guard rates[code] == nil else {
                throw LocGenError(.invalidRates, "\(code.code) has two rates; keep one", at: at(key))
            }
            let text = value.scalar?.string ?? ""
            guard let rate = DecimalAmount(text), rate > .zero else {
                let shown = value.scalar == nil ? "not a number" : "'\(text)'"
                throw LocGenError(
                    .invalidRates,
                    "the rate for \(code.code) is \(shown); write a positive decimal number such as \"1.0832\"",
                    at: at(value)
                )
            }
            rates[code] = rate
        }
        return ExchangeRates(base: base, rates: rates, path: path)
    }

    private static func currency(_ node: Node, at location: SourceLocation) throws(LocGenError) -> Currency {
        do {
            return try Currency(node.scalar?.string ?? "")
        } catch {
            throw LocGenError(.invalidRates, error.message, at: location, underlyingError: error)
        }
    }
}
