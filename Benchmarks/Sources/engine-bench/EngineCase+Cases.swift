import LocGenICU

extension EngineCase {
    /// The cases the issue names: a cached currency, a date and a plural message.
    ///
    /// Each comes twice: with the formatter held by the caller, which is what the C floor does,
    /// and with the formatter looked up through locgen's cache in every call, which is how most
    /// callers write it.
    static func all() throws -> [EngineCase] {
        try currencyCases() + dateCases() + messageCases()
    }

    private static func currencyCases() throws -> [EngineCase] {
        let deCH = try LocaleID("de-CH")
        let chf = try Currency("CHF")
        let price = try NumberFormat.currency(chf, locale: deCH, cash: true)
        let floor = try FloorNumber(localeID: deCH.icuID, skeleton: price.skeleton)
        let amount = "1234.567"
        let floorRun: (Int) throws -> Run = { try floor.run(decimal: amount, iterations: $0) }
        return [
            EngineCase(
                name: "currency",
                swiftCall: "price.format(decimal: \"1234.567\")",
                iterations: 200_000,
                floor: floorRun,
                swift: { try timeSwift($0) { try price.format(decimal: amount) } }
            ),
            EngineCase(
                name: "currency lookup",
                swiftCall: "NumberFormat.currency(chf, locale: deCH, cash: true).format(decimal: \"1234.567\")",
                iterations: 200_000,
                floor: floorRun,
                swift: {
                    try timeSwift($0) {
                        try NumberFormat.currency(chf, locale: deCH, cash: true).format(decimal: amount)
                    }
                }
            ),
        ]
    }

    private static func dateCases() throws -> [EngineCase] {
        let jaJP = try LocaleID("ja-JP")
        let tokyo = try TimeZoneID("Asia/Tokyo")
        let skeleton = "yMMMMEEEEd"
        let day = try DateFormat.cached(locale: jaJP, skeleton: skeleton, timeZone: tokyo)
        let floor = try FloorDate(localeID: jaJP.icuID, skeleton: skeleton, zoneID: tokyo.identifier)
        // 2026-11-25T09:30:00Z
        let instant = Instant(millisecondsSince1970: 1_795_595_400_000)
        let floorRun: (Int) throws -> Run = { try floor.run(millis: instant.millisecondsSince1970, iterations: $0) }
        return [
            EngineCase(
                name: "date",
                swiftCall: "day.format(instant)",
                iterations: 200_000,
                floor: floorRun,
                swift: { timeSwift($0) { day.format(instant) } }
            ),
            EngineCase(
                name: "date lookup",
                swiftCall: "DateFormat.cached(locale: jaJP, skeleton: \"yMMMMEEEEd\", timeZone: tokyo).format(instant)",
                iterations: 200_000,
                floor: floorRun,
                swift: {
                    try timeSwift($0) {
                        try DateFormat.cached(locale: jaJP, skeleton: skeleton, timeZone: tokyo).format(instant)
                    }
                }
            ),
        ]
    }

    private static func messageCases() throws -> [EngineCase] {
        let ru = try LocaleID("ru")
        let pattern = "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}"
        let stock = try MessageFormat.cached(pattern, locale: ru)
        let floor = try FloorMessage(localeID: ru.icuID, pattern: pattern)
        // `21` is an integer literal, which MessageValue turns into the decimal text "21"; the
        // floor formats a decimal Formattable made from the same text.
        let floorRun: (Int) throws -> Run = { try floor.run(name: "count", decimal: "21", iterations: $0) }
        return [
            EngineCase(
                name: "message",
                swiftCall: "stock.format([\"count\": 21])",
                iterations: 100_000,
                floor: floorRun,
                swift: { try timeSwift($0) { try stock.format(["count": 21]) } }
            ),
            EngineCase(
                name: "message, ordered values",
                swiftCall: "stock.format(values: [21])",
                iterations: 100_000,
                floor: floorRun,
                swift: { try timeSwift($0) { try stock.format(values: [21]) } }
            ),
            EngineCase(
                name: "message lookup",
                swiftCall: "MessageFormat.cached(pattern, locale: ru).format([\"count\": 21])",
                iterations: 100_000,
                floor: floorRun,
                swift: { try timeSwift($0) { try MessageFormat.cached(pattern, locale: ru).format(["count": 21]) } }
            ),
        ]
    }
}
