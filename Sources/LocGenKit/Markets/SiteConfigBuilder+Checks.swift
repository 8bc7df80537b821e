import LocGenICU

extension SiteConfigBuilder {
    /// Reports markets that would write their pages to the same URL, at the later market's path.
    mutating func checkAddresses(of markets: [LoadedMarket]) {
        var owners: [SiteURL: LoadedMarket] = [:]
        for market in markets {
            guard let url = market.url else { continue }
            guard let owner = owners[url] else {
                owners[url] = market
                continue
            }
            let location = market.entry.value["path"]?.location ?? market.entry.keyLocation
            report(
                "markets '\(owner.id)' and '\(market.id)' both live at \(url); give each its own path or host",
                at: location
            )
        }
    }

    /// Reports each market whose currency needs exchange rates when the file names no rates file.
    mutating func checkRates(of markets: [LoadedMarket], baseCurrency: Currency, ratesFile: ConfigEntry?) {
        guard ratesFile == nil else { return }
        for market in markets {
            guard let currency = market.currency, currency != baseCurrency else { continue }
            let location = market.entry.value["currency"]?.location ?? market.entry.keyLocation
            report(
                "market '\(market.id)' shows prices in \(currency), but base-currency is \(baseCurrency) and there "
                    + "is no 'rates' file; add one, e.g. `rates: data/rates.yaml`, with the \(baseCurrency) → "
                    + "\(currency) rate",
                at: location
            )
        }
    }
}
