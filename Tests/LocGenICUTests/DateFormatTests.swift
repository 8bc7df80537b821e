import LocGenICU
import Testing

struct DateFormatTests {
    /// 2026-11-25T09:30:00Z: 18:30 in Tokyo, 10:30 in Zurich, 04:30 in New York, 15:00 in Kolkata.
    static let instant = DateValue(iso8601: "2026-11-25T09:30:00Z")!

    @Test(pinnedICU, arguments: [
        ("ja-JP", "yMMMMEEEEd", "Asia/Tokyo", "2026年11月25日水曜日"),
        ("de-DE", "yMMMMEEEEd", "Europe/Berlin", "Mittwoch, 25. November 2026"),
        ("en-US", "yMMMd", "America/New_York", "Nov 25, 2026"),
        ("en-US", "jm", "America/New_York", "4:30\u{202F}AM"),
        ("fr-FR", "yMMMMd", "Europe/Paris", "25 novembre 2026"),
        ("ar-EG", "yMMMMd", "Africa/Cairo", "٢٥ نوفمبر ٢٠٢٦"),
        ("ru-RU", "yMMMMd", "Europe/Moscow", "25 ноября 2026\u{202F}г."),
        ("de-CH", "Hm", "Europe/Zurich", "10:30"),
        ("hi-IN", "jm", "Asia/Kolkata", "3:00 pm"),
        ("zh-CN", "yMMMMEEEEd", "Asia/Shanghai", "2026年11月25日星期三"),
    ])
    func formatsSkeletonsInAnExplicitZone(tag: String, skeleton: String, zone: String, expected: String) throws {
        let format = try DateFormat(locale: try locale(tag), skeleton: skeleton, timeZone: try TimeZoneID(zone))
        #expect(visible(try format.format(Self.instant)) == visible(expected))
    }

    @Test func theZoneDecidesTheDay() throws {
        // 23:30 UTC is already the next day in Tokyo.
        let late = DateValue(iso8601: "2026-11-25T23:30:00Z")!
        let utc = try DateFormat(locale: try locale("en"), skeleton: "yMMMd", timeZone: .utc)
        let tokyo = try DateFormat(locale: try locale("en"), skeleton: "yMMMd", timeZone: try TimeZoneID("Asia/Tokyo"))
        #expect(try utc.format(late) == "Nov 25, 2026")
        #expect(try tokyo.format(late) == "Nov 26, 2026")
    }

    @Test func aRepeatedInstantGivesWhatICUGaveTheFirstTime() throws {
        let format = try DateFormat(locale: try locale("en"), skeleton: "yMMMd", timeZone: .utc)
        // More distinct days than the formatter keeps texts for: the first are kept, the rest are formatted
        // every time, and each call's text is ICU's for its own day.
        let start = try LocalDateTime(year: 2026, month: 1, day: 1).instant(in: .utc).millisecondsSince1970
        let days = (0..<600).map { Instant(millisecondsSince1970: start + Double($0 % 300) * 86_400_000) }
        let texts = days.map { format.format($0) }
        #expect(texts[0] == "Jan 1, 2026" && texts[300] == "Jan 1, 2026")
        #expect(texts[299] == "Oct 27, 2026" && texts[599] == "Oct 27, 2026")
        #expect(texts[31] == "Feb 1, 2026" && texts[331] == texts[31])
    }

    @Test func aDateWithoutAZoneIsTheSameDayEverywhere() throws {
        let day = DateValue(iso8601: "2026-12-24")!
        for zone in ["Pacific/Auckland", "America/Los_Angeles", "UTC", "Pacific/Kiritimati"] {
            let format = try DateFormat(locale: try locale("en"), skeleton: "yMMMd", timeZone: try TimeZoneID(zone))
            #expect(try format.format(day) == "Dec 24, 2026", "in \(zone)")
        }
    }

    @Test(pinnedICU)
    func formatsNamedStyles() throws {
        let format = try DateFormat(locale: try locale("de-DE"), dateStyle: .full, timeStyle: .short, timeZone: try TimeZoneID("Europe/Berlin"))
        #expect(try format.format(Self.instant) == "Mittwoch, 25. November 2026 um 10:30")
        let dateOnly = try DateFormat(locale: try locale("en-GB"), dateStyle: .short, timeStyle: nil, timeZone: .utc)
        #expect(try dateOnly.format(Self.instant) == "25/11/2026")
    }

    @Test(arguments: ["Mars/Olympus", "", "CEST", "Europe/Berln"])
    func rejectsUnknownTimeZones(zone: String) {
        #expect {
            try TimeZoneID(zone)
        } throws: { error in
            (error as? ICUError)?.code == .invalidTimeZone
        }
    }

    @Test func rejectsDateSkeletonsWithForeignLetters() throws {
        #expect {
            try DateFormat(locale: try locale("en"), skeleton: "yMM-dd", timeZone: .utc)
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.code == .invalidSkeleton && error.offset == 3
        }
    }

    @Test(arguments: [
        ("2026-11-25", true), ("2026-11-25T09:30", true), ("2026-11-25T09:30:00Z", true),
        ("2026-11-25T09:30:00.250+05:30", true), ("2026-11-25 09:30:00-0800", true),
        ("2026-02-29", false), ("2026-13-01", false), ("2026-11-25T24:00", false), ("25.11.2026", false),
        ("2026-11-25T09:30:00Q", false), ("20261125", false), ("", false),
    ])
    func parsesISO8601Strictly(text: String, isDate: Bool) {
        #expect((DateValue(iso8601: text) != nil) == isDate)
    }

    @Test func parsesInstantsToTheMillisecond() {
        #expect(DateValue(iso8601: "1970-01-01T00:00:00Z") == .instant(Instant(millisecondsSince1970: 0)))
        #expect(DateValue(iso8601: "2026-11-25T09:30:00.250+01:00") == .instant(Instant(millisecondsSince1970: 1_795_595_400_250)))
        #expect(DateValue(iso8601: "1969-12-31T23:59:59Z") == .instant(Instant(millisecondsSince1970: -1000)))
    }
}

struct RelativeAndListFormatTests {
    @Test(pinnedICU, arguments: [
        ("en", 3.0, RelativeTimeFormat.Unit.day, false, "in 3 days"),
        ("en", 1.0, .day, false, "tomorrow"),
        ("en", 1.0, .day, true, "in 1 day"),
        ("de", -3.0, .day, false, "vor 3 Tagen"),
        ("ru", 5.0, .hour, false, "через 5 часов"),
        ("ja", -2.0, .week, false, "2 週間前"),
    ])
    func formatsRelativeTime(tag: String, value: Double, unit: RelativeTimeFormat.Unit, numeric: Bool, expected: String) throws {
        #expect(try RelativeTimeFormat(locale: try locale(tag)).format(value, unit, numeric: numeric) == expected)
    }

    @Test(pinnedICU, arguments: [
        ("en", ListFormat.Kind.and, ["A", "B", "C"], "A, B, and C"),
        ("en-GB", .and, ["A", "B", "C"], "A, B and C"),
        ("de", .or, ["Karte", "PayPal", "Rechnung"], "Karte, PayPal oder Rechnung"),
        ("ja", .and, ["東京", "大阪", "京都"], "東京、大阪、京都"),
        ("es", .and, ["Madrid", "Sevilla", "Bilbao"], "Madrid, Sevilla y Bilbao"),
        ("ar", .and, ["أ", "ب"], "أ وب"),
    ])
    func joinsLists(tag: String, kind: ListFormat.Kind, items: [String], expected: String) throws {
        #expect(try ListFormat(locale: try locale(tag), kind: kind).format(items) == expected)
    }

    @Test func joinsEmptyAndSingleLists() throws {
        let list = ListFormat(locale: try locale("en"))
        #expect(try list.format([]) == "")
        #expect(try list.format(["only"]) == "only")
    }
}

struct LocalDateTimeTests {
    @Test(arguments: [
        ((2026, 11, 26), 5, (2026, 12, 1)),
        ((2026, 12, 30), 3, (2027, 1, 2)),
        ((2028, 2, 28), 1, (2028, 2, 29)),
        ((2027, 2, 28), 1, (2027, 3, 1)),
        ((1970, 1, 1), -1, (1969, 12, 31)),
        ((2000, 3, 1), -1, (2000, 2, 29)),
    ])
    func addsCalendarDays(start: (Int, Int, Int), days: Int, end: (Int, Int, Int)) {
        let result = LocalDateTime(year: start.0, month: start.1, day: start.2).addingDays(days)
        #expect(result == LocalDateTime(year: end.0, month: end.1, day: end.2))
    }
}

/// Wall-clock times become instants through one calendar per zone, shared by every call.
struct ZoneCalendarTests {
    @Test func turnsWallClockTimesIntoInstantsInTheirZone() throws {
        let berlin = try TimeZoneID("Europe/Berlin")
        // 2026-11-25 is winter time (UTC+1), 2026-07-01 summer time (UTC+2).
        let winter = try LocalDateTime(year: 2026, month: 11, day: 25, hour: 10, minute: 30).instant(in: berlin)
        let summer = try LocalDateTime(year: 2026, month: 7, day: 1, hour: 10, minute: 30).instant(in: berlin)
        #expect(winter == Instant(millisecondsSince1970: 1_795_599_000_000))
        #expect(summer == Instant(millisecondsSince1970: 1_782_894_600_000))
    }

    @Test func aRefusedTimeLeavesTheSharedCalendarAsItWas() throws {
        let berlin = try TimeZoneID("Europe/Berlin")
        let before = try LocalDateTime(year: 2026, month: 3, day: 29, hour: 1, minute: 59).instant(in: berlin)
        // Clocks jump from 02:00 to 03:00 on 2026-03-29: 02:30 does not exist there, and the calendar is strict.
        #expect(throws: ICUError.self) {
            try LocalDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 30).instant(in: berlin)
        }
        #expect(throws: ICUError.self) { try LocalDateTime(year: 2026, month: 2, day: 30).instant(in: berlin) }
        // Every field is set afresh: the next time (with its milliseconds) is read as given, and again later.
        let after = try LocalDateTime(year: 2026, month: 3, day: 29, hour: 3, millisecond: 250).instant(in: berlin)
        #expect(after.millisecondsSince1970 - before.millisecondsSince1970 == 60_250)
        #expect(try LocalDateTime(year: 2026, month: 3, day: 29, hour: 1, minute: 59).instant(in: berlin) == before)
    }

    @Test func datesBefore1582StayGregorian() throws {
        // The proleptic Gregorian calendar: 1500-03-01 is 25,508 days before 1570-01-01, and both before 1970.
        let early = try LocalDateTime(year: 1500, month: 3, day: 1).instant(in: .utc)
        let later = try LocalDateTime(year: 1570, month: 1, day: 1).instant(in: .utc)
        #expect((later.millisecondsSince1970 - early.millisecondsSince1970) / 86_400_000 == 25_508)
    }
}
