import LocGenICU
import Testing

struct ConcurrencyTests {
    @Test func formatsFromManyTasksAtOnce() async throws {
        let tags = ["de-DE", "ru-RU", "ja-JP", "ar-EG", "es-419", "fr-CH", "en-IN", "pl-PL"]
        let expected = try tags.map { tag -> String in
            let locale = try LocaleID(tag)
            let message = try MessageFormat.cached(MessageFormatTests.russianItems, locale: locale)
            let price = try NumberFormat.currency(try Currency("EUR"), locale: locale).format(decimal: "1234.5")
            let date = try DateFormat.cached(locale: locale, skeleton: "yMMMd", timeZone: try TimeZoneID("Europe/Zurich"))
                .format(DateValue(iso8601: "2026-11-25T09:30:00Z")!)
            return try message.format(["count": 21]) + "|" + price + "|" + date
        }
        try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for round in 0..<400 {
                let index = round % tags.count
                let tag = tags[index]
                group.addTask {
                    let locale = try LocaleID(tag)
                    let message = try MessageFormat.cached(MessageFormatTests.russianItems, locale: locale)
                    let price = try NumberFormat.currency(try Currency("EUR"), locale: locale).format(decimal: "1234.5")
                    let date = try DateFormat.cached(locale: locale, skeleton: "yMMMd", timeZone: try TimeZoneID("Europe/Zurich"))
                        .format(DateValue(iso8601: "2026-11-25T09:30:00Z")!)
                    _ = try PluralRules.cached(locale: locale).category(of: "21")
                    return (index, try message.format(["count": 21]) + "|" + price + "|" + date)
                }
            }
            for try await (index, text) in group {
                #expect(text == expected[index])
            }
        }
    }

    @Test func compilesMessagesWithDifferentZonesAtOnce() async throws {
        let zones = ["Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "UTC"]
        let instant = DateValue(iso8601: "2026-11-25T23:30:00Z")!
        let expected = try zones.map { zone in
            try DateFormat(locale: try LocaleID("en"), skeleton: "yMMMdjm", timeZone: try TimeZoneID(zone)).format(instant)
        }
        try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for round in 0..<200 {
                let index = round % zones.count
                let zone = zones[index]
                group.addTask {
                    let message = try MessageFormat("{d, date, ::yMMMdjm}", locale: try LocaleID("en"), timeZone: try TimeZoneID(zone))
                    return (index, try message.format(["d": .date(instant)]))
                }
            }
            for try await (index, text) in group {
                #expect(text == expected[index])
            }
        }
    }
}
