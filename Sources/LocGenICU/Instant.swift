internal import CLocGenICU
import Synchronization

/// A point in time, in milliseconds since 1970-01-01T00:00:00Z.
public struct Instant: Hashable, Sendable, Comparable {
    /// Milliseconds since the Unix epoch.
    public var millisecondsSince1970: Double

    public init(millisecondsSince1970: Double) { self.millisecondsSince1970 = millisecondsSince1970 }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.millisecondsSince1970 < rhs.millisecondsSince1970 }
}

/// A calendar date and wall-clock time with no zone ("2026-11-25", "2026-11-25T09:30").
///
/// It becomes an ``Instant`` only in a time zone, so a delivery date stays the same day in every market.
public struct LocalDateTime: Hashable, Sendable {
    public var year: Int, month: Int, day: Int
    public var hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second, self.millisecond) = (hour, minute, second, millisecond)
    }

    /// The same wall-clock time `days` calendar days later (earlier when negative), in the
    /// proleptic Gregorian calendar.
    public func addingDays(_ days: Int) -> LocalDateTime {
        let shifted = CivilDays.days(year: year, month: month, day: day) + days
        let (year, month, day) = CivilDays.date(fromDays: shifted)
        return LocalDateTime(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: millisecond
        )
    }

    /// The instant this wall-clock time names in a zone.
    public func instant(in zone: TimeZoneID) throws(ICUError) -> Instant {
        let calendar = try ZoneCalendar.cached(zone)
        return try calendar.instant(of: self)
    }
}

/// ICU's calendar for one zone, opened once and shared.
///
/// Opening a calendar loads the zone's rules: opening one for each date cost 2.8 % of a cold build's CPU
/// samples (perf, 1,000 products × 12 markets), where a page's delivery date and its product's dates are
/// each turned into an instant. ICU's calendar is not thread-safe, so the handle is used under a mutex.
final class ZoneCalendar: Sendable {
    let zone: TimeZoneID
    private let handle: Mutex<LockedHandle>

    init(_ zone: TimeZoneID) throws(ICUError) {
        var calendar: OpaquePointer?
        let status = locgen_zone_calendar_open(zone.identifier, &calendar)
        guard !isFailure(status), let calendar else {
            throw ICUError(.icuFailure, "ICU cannot open a calendar in \(zone)", statusName: statusName(status))
        }
        self.zone = zone
        self.handle = Mutex(LockedHandle(pointer: calendar))
    }

    deinit { handle.withLock { locgen_zone_calendar_close($0.pointer) } }

    /// The instant a wall-clock time names in the zone; throws for a time the zone skips or a field out
    /// of range.
    func instant(of local: LocalDateTime) throws(ICUError) -> Instant {
        var millis: Double = 0
        let status = handle.withLock { calendar in
            locgen_zone_calendar_millis(
                calendar.pointer, Int32(local.year), Int32(local.month), Int32(local.day), Int32(local.hour),
                Int32(local.minute), Int32(local.second), Int32(local.millisecond), &millis
            )
        }
        guard !isFailure(status) else {
            throw ICUError(.invalidValue, "no such date or time: \(local) in \(zone)", statusName: statusName(status))
        }
        return Instant(millisecondsSince1970: millis)
    }

    private static let cache = Cache<String, ZoneCalendar>()

    /// The shared calendar of a zone.
    static func cached(_ zone: TimeZoneID) throws(ICUError) -> ZoneCalendar {
        try cache.value(for: zone.identifier) { () throws(ICUError) in try ZoneCalendar(zone) }
    }
}

/// A date given by a user: an instant (with `Z` or an offset) or a wall-clock time with no zone.
public enum DateValue: Hashable, Sendable {
    case instant(Instant)
    case local(LocalDateTime)

    /// The instant, resolving a wall-clock time in `zone`.
    public func instant(in zone: TimeZoneID) throws(ICUError) -> Instant {
        switch self {
        case .instant(let instant): return instant
        case .local(let local): return try local.instant(in: zone)
        }
    }

    /// Parses ISO 8601: `2026-11-25`, `2026-11-25T09:30`, `2026-11-25T09:30:00.250Z`,
    /// `2026-11-25 09:30:00+01:00`; `nil` when the text is not such a date.
    public init?(iso8601 text: String) {
        var parser = ISO8601Parser(text)
        guard let parsed = parser.parse() else { return nil }
        self = parsed
    }
}

/// A strict parser for the ISO 8601 profile of RFC 3339, plus date-only and zone-less forms.
struct ISO8601Parser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func parse() -> DateValue? {
        guard let year = number(digits: 4), take("-"), let month = number(digits: 2), take("-"),
            let day = number(digits: 2), (1...12).contains(month), (1...daysIn(month, year)).contains(day)
        else { return nil }
        var local = LocalDateTime(year: year, month: month, day: day)
        if index == scalars.count { return .local(local) }
        guard take("T") || take("t") || take(" "), let hour = number(digits: 2), take(":"),
            let minute = number(digits: 2), hour < 24, minute < 60
        else { return nil }
        local.hour = hour
        local.minute = minute
        if take(":") {
            guard let second = number(digits: 2), second < 60 else { return nil }
            local.second = second
            if take(".") || take(",") {
                var fraction = 0
                var digits = 0
                while index < scalars.count, scalars[index].isASCII, ("0"..."9").contains(scalars[index]) {
                    if digits < 3 { fraction = fraction * 10 + Int(scalars[index].value - 48) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
                var scale = digits
                while scale < 3 {
                    fraction *= 10
                    scale += 1
                }
                local.millisecond = fraction
            }
        }
        if index == scalars.count { return .local(local) }
        var offsetMinutes = 0
        if take("Z") || take("z") {
            offsetMinutes = 0
        } else if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
            let sign = scalars[index] == "-" ? -1 : 1
            index += 1
            guard let hours = number(digits: 2), hours < 24 else { return nil }
            _ = take(":")
            guard let minutes = number(digits: 2), minutes < 60 else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
        } else {
            return nil
        }
        guard index == scalars.count else { return nil }
        let days = Double(CivilDays.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + Double(local.hour * 3600 + local.minute * 60 + local.second - offsetMinutes * 60)
        return .instant(Instant(millisecondsSince1970: seconds * 1000 + Double(local.millisecond)))
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    private mutating func number(digits: Int) -> Int? {
        guard index + digits <= scalars.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let scalar = scalars[index + offset]
            guard scalar.isASCII, ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += digits
        return value
    }

    private func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Days since 1970-01-01 and back, in the proleptic Gregorian calendar (Howard Hinnant's algorithms).
enum CivilDays {
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func date(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
