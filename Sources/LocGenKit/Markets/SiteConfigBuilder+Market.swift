import LocGenICU

/// A market as far as it could be built, with the entry it came from, for the checks across markets: they
/// still see the URL and currency of a market that has a problem elsewhere.
struct LoadedMarket {
    var entry: ConfigMember
    var currency: Currency?
    var url: SiteURL?
    /// The market, when it has no problem.
    var market: Market?

    var id: String { entry.name }
}

extension SiteConfigBuilder {
    /// Builds one market as far as it can, reporting each problem in it.
    mutating func market(_ member: ConfigMember, baseURL: SiteURL?) -> LoadedMarket {
        let entry = member.value
        let locale = parse(entry["locale"], LocaleID.init)
        let currency = parse(entry["currency"], Currency.init)
        let path = marketPath(entry["path"])
        let host = parse(entry["host"]) { (text: String) throws(LocGenError) in try SiteURL.checkedHost(text) }
        let timeZone = entry["time-zone"] == nil ? TimeZoneID.utc : parse(entry["time-zone"], TimeZoneID.init)
        let pricing = pricingRules(entry["pricing"], currency: currency)
        var verification: [SearchEngine: String] = [:]
        for code in entry["verification"]?.members ?? [] {
            guard let engine = SearchEngine(rawValue: code.name), let text = code.value.text else { continue }
            guard !text.isEmpty else {
                report(
                    "the \(engine) verification code in 'markets.\(member.name)' is empty; paste the code the "
                        + "engine's webmaster tools give, or remove the line",
                    at: code.value.location
                )
                continue
            }
            verification[engine] = text
        }
        let paymentMethods = entry["payment-methods"]?.items.compactMap(\.text) ?? []
        for method in entry["payment-methods"]?.items ?? [] where method.text?.isEmpty == true {
            report(
                "a payment method in 'markets.\(member.name)' is empty; write its id, e.g. 'visa'",
                at: method.location
            )
        }
        var paymentMethodLocations: [String: SourceLocation] = [:]
        for method in entry["payment-methods"]?.items ?? [] {
            if let id = method.text { paymentMethodLocations[id] = method.location }
        }
        let installments = installmentPlan(entry["installments"])
        var loaded = LoadedMarket(entry: member, currency: currency)
        guard let baseURL, let path, entry["host"] == nil || host != nil else { return loaded }
        let marketHost = host ?? baseURL.host
        let url =
            marketHost == baseURL.host
            ? SiteURL(
                scheme: baseURL.scheme,
                host: marketHost,
                port: baseURL.port,
                pathPrefix: baseURL.pathPrefix + path.dropFirst()
            )
            : SiteURL(scheme: baseURL.scheme, host: marketHost, pathPrefix: path)
        loaded.url = url
        guard let locale, let currency, let timeZone, let pricing, entry["installments"] == nil || installments != nil
        else { return loaded }
        loaded.market = Market(
            id: member.name,
            locale: locale,
            currency: currency,
            path: path,
            host: marketHost,
            url: url,
            timeZone: timeZone,
            searchEngines: entry["search-engines"].map { $0.items.compactMap { $0.text.flatMap(SearchEngine.init) } }
                ?? [.google],
            pricing: pricing,
            paymentMethods: paymentMethods,
            paymentMethodLocations: paymentMethodLocations,
            installments: installments,
            returnsDays: entry["returns-days"]?.integer,
            deliveryDays: entry["delivery-days"]?.integer,
            verification: verification
        )
        return loaded
    }

    /// The installment plan, or nil when the market has none or after a problem with its minimum.
    private mutating func installmentPlan(_ entry: ConfigEntry?) -> InstallmentPlan? {
        guard let entry, let count = entry["count"]?.integer else { return nil }
        var minimum: DecimalAmount?
        if let minimumEntry = entry["minimum"], let text = minimumEntry.text {
            // Plain digits only: a sign, an exponent or a decimal comma is not how a price is written.
            let isPlain = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
            guard isPlain, let amount = DecimalAmount(text) else {
                report(
                    "installment minimum '\(text)' is not a price; write it in the market's currency as a plain "
                        + "decimal number, e.g. \"100\" or \"99.90\"",
                    at: minimumEntry.location
                )
                return nil
            }
            minimum = amount
        }
        return InstallmentPlan(count: count, isInterestFree: entry["interest-free"]?.boolean ?? false, minimum: minimum)
    }

    private mutating func marketPath(_ entry: ConfigEntry?) -> String? {
        guard let entry, let path = entry.text else { return nil }
        if let problem = MarketPath.problem(with: path) {
            report("path '\(path)' \(problem)", at: entry.location)
            return nil
        }
        return path
    }

    /// The pricing rules, the defaults when the market has none, or nil after a problem.
    private mutating func pricingRules(_ entry: ConfigEntry?, currency: Currency?) -> PricingRules? {
        guard let entry else { return PricingRules() }
        let rounding = entry["rounding"]?.text.flatMap(PriceRounding.init(rawValue:)) ?? .currency
        let ending = entry["ending"]?.text.flatMap(PriceEnding.init(rawValue:))
        var isValid = true
        if let ending, ending.needsFractionDigits, let currency, currency.digits == 0,
            let location = entry["ending"]?.location
        {
            report(
                "price ending '\(ending.rawValue)' needs cents, but \(currency) prices have no decimals; "
                    + "use 'whole', '10' or '100'",
                at: location
            )
            isValid = false
        }
        var tax: TaxRule?
        if let taxEntry = entry["tax"] {
            let rate = taxRate(taxEntry["rate"])
            tax = rate.flatMap(DecimalAmount.init).map { TaxRule(rate: $0, included: taxEntry["included"]?.boolean ?? true) }
            isValid = isValid && rate != nil
        }
        return isValid ? PricingRules(rounding: rounding, ending: ending, tax: tax) : nil
    }

    /// The rate when it is a decimal at least 0 and below 1; a percentage or a decimal comma gets a fix.
    private mutating func taxRate(_ entry: ConfigEntry?) -> String? {
        guard let entry, let text = entry.text else { return nil }
        let isPercent = text.hasSuffix("%")
        var number = Substring(text.dropLast(isPercent ? 1 : 0))
        while number.last == " " { number = number.dropLast() }
        let isNegative = number.hasPrefix("-")
        let digits = String(number.dropFirst(isNegative ? 1 : 0)).replacing(",", with: ".")
        guard let fraction = DecimalFraction(digits) else {
            report(
                "tax rate '\(text)' is not a decimal number; write the rate as a fraction of 1, e.g. \"0.19\" for 19 %",
                at: entry.location
            )
            return nil
        }
        if isNegative || isPercent || !fraction.isBelowOne {
            let shifted = fraction.dividedBy100
            let fix =
                !isNegative && shifted.isBelowOne
                ? "for \(digits) % write \"\(shifted)\"" : "write it as a fraction of 1, e.g. \"0.19\" for 19 %"
            report("tax rate '\(text)' must be at least 0 and below 1; \(fix)", at: entry.location)
            return nil
        }
        if digits != text {
            report("tax rate '\(text)' has a decimal comma; write \"\(digits)\"", at: entry.location)
            return nil
        }
        return text
    }
}
