import LocGenICU

/// A payment method as a market's pages show it: its id from `locgen.yaml` and its name in the market's locale.
struct PaymentMethodName: Sendable, Equatable {
    var id: String
    var name: String
}

extension MarketPlan {
    /// The message key naming a payment method (`payment.wechat-pay`).
    static func paymentKey(_ id: String) -> String { "payment." + id }

    /// The market's payment methods named in its locale, in the order `locgen.yaml` lists them; methods no
    /// bundle names are left out (``paymentProblems()`` reports them).
    static func paymentNames(of market: Market, messages: MessageTable) -> [PaymentMethodName] {
        market.paymentMethods.compactMap { id in
            guard let name = try? messages.format(paymentKey(id), arguments: [:]) else { return nil }
            return PaymentMethodName(id: id, name: name)
        }
    }

    /// An error at its place in `locgen.yaml` for each payment method of the market that no bundle names: a
    /// page would otherwise show a raw id, or nothing, where the shopper looks for how to pay.
    func paymentProblems() -> [LocGenError] {
        let named = Set(paymentMethods.map(\.id))
        let known = messages.keys.filter { $0.hasPrefix("payment.") }.map { String($0.dropFirst("payment.".count)) }
        return market.paymentMethods.filter { !named.contains($0) }.map { id in
            let hint = NameSuggestion.closest(to: id, in: known).map { "did you mean '\($0)'? " } ?? ""
            return LocGenError(
                .invalidConfiguration,
                "market '\(market.id)' accepts the payment method '\(id)', which no locale bundle names for "
                    + "\(market.locale); \(hint)fix the id, or add '\(Self.paymentKey(id))' to the site's "
                    + "locales/\(market.locale.language).yaml (or to the source locale's bundle for every market)",
                at: market.paymentMethodLocations[id]
            )
        }
    }

    /// The monthly payment of a price in the market's currency, formatted with the currency's own digits
    /// (a market showing whole prices still shows `$108.25` a month), or nil when the market offers no
    /// installments or the price is below their minimum.
    func installment(of price: DecimalAmount) -> (plan: InstallmentPlan, amount: String)? {
        guard let plan = market.installments, let format = installmentFormat,
            let amount = plan.payment(of: price, digits: market.currency.digits),
            let text = try? format.format(decimal: amount.text)
        else { return nil }
        return (plan, text)
    }
}
