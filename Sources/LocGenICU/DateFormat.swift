internal import CLocGenICU
import Synchronization

/// A date and time formatter for one locale, pattern and time zone.
///
/// ICU's `UDateFormat` is not thread-safe, so each instance guards its handle with a mutex; tasks
/// that format many dates at once may each make their own instead of sharing ``cached(locale:skeleton:timeZone:)``.
public final class DateFormat: Sendable {
    /// A named date or time style, as CLDR defines them per locale.
    public enum Style: Int32, Sendable, CaseIterable {
        case full = 0, long = 1, medium = 2, short = 3

        /// Parses `full`, `long`, `medium` or `short`.
        public init?(name: String) {
            switch name.lowercased() {
            case "full": self = .full
            case "long": self = .long
            case "medium": self = .medium
            case "short": self = .short
            default: return nil
            }
        }
    }

    /// The locale the dates are formatted for.
    public let locale: LocaleID
    /// The zone the dates are shown in.
    public let timeZone: TimeZoneID
    /// The ICU date pattern the locale chose (`EEEE, d. MMMM y`).
    public let pattern: String

    private let handle: Mutex<Compiled>

    /// ICU's formatter and the texts it made, by instant: a catalog formats the same instant over and over
    /// (a market's delivery day on every page), and ICU's formatting was 0.9 % of a cold build's CPU samples
    /// (perf, 1,000 products × 12 markets).
    private struct Compiled: @unchecked Sendable {
        let pointer: OpaquePointer
        var kept = KeptTexts<Double>()
    }

    /// Formats through the locale's best pattern for a skeleton (`yMMMMEEEEd`, `jm`, `MMMd`).
    public init(locale: LocaleID, skeleton: String, timeZone: TimeZoneID) throws(ICUError) {
        try Self.checkSkeleton(skeleton)
        var formatter: OpaquePointer?
        let status = locgen_date_formatter_open_skeleton(locale.icuID, skeleton, timeZone.identifier, &formatter)
        guard !isFailure(status), let formatter else {
            throw ICUError(.invalidSkeleton, "invalid date skeleton '\(skeleton)'", statusName: statusName(status))
        }
        self.locale = locale
        self.timeZone = timeZone
        self.pattern = (try? readString("read a date pattern") { locgen_date_formatter_pattern(formatter, $0, $1, $2) }) ?? ""
        self.handle = Mutex(Compiled(pointer: formatter))
    }

    /// Formats with named styles; `nil` leaves the date or the time out.
    public init(locale: LocaleID, dateStyle: Style?, timeStyle: Style?, timeZone: TimeZoneID) throws(ICUError) {
        var formatter: OpaquePointer?
        let status = locgen_date_formatter_open_style(
            locale.icuID, dateStyle?.rawValue ?? -1, timeStyle?.rawValue ?? -1, timeZone.identifier, &formatter
        )
        guard !isFailure(status), let formatter else {
            throw ICUError(.invalidSkeleton, "ICU cannot format dates in '\(locale)'", statusName: statusName(status))
        }
        self.locale = locale
        self.timeZone = timeZone
        self.pattern = (try? readString("read a date pattern") { locgen_date_formatter_pattern(formatter, $0, $1, $2) }) ?? ""
        self.handle = Mutex(Compiled(pointer: formatter))
    }

    deinit {
        handle.withLock { locgen_date_formatter_close($0.pointer) }
    }

    /// Formats an instant.
    public func format(_ instant: Instant) -> String {
        let millis = instant.millisecondsSince1970
        return handle.withLock { formatter in
            if let known = formatter.kept[millis] { return known }
            let text = (try? readString("format a date") { locgen_date_format(formatter.pointer, millis, $0, $1, $2) }) ?? ""
            formatter.kept.keep(text, for: millis)
            return text
        }
    }

    /// Formats a user's date, resolving a wall-clock time in this formatter's zone.
    public func format(_ date: DateValue) throws(ICUError) -> String {
        format(try date.instant(in: timeZone))
    }

    /// What makes two cached formatters the same.
    private struct Key: Hashable, Sendable {
        var locale: String
        var skeleton: String
        var timeZone: String
    }

    private static let cache = Cache<Key, DateFormat>()

    /// A shared formatter for a locale, skeleton and zone.
    public static func cached(locale: LocaleID, skeleton: String, timeZone: TimeZoneID) throws(ICUError) -> DateFormat {
        let key = Key(locale: locale.icuID, skeleton: skeleton, timeZone: timeZone.identifier)
        return try cache.value(for: key) { () throws(ICUError) in
            try DateFormat(locale: locale, skeleton: skeleton, timeZone: timeZone)
        }
    }

    /// Date skeleton letters ICU's pattern generator understands; anything else is a user's slip.
    private static let skeletonLetters = Set("GyYuUrQqMLlwWdDFgEecabBhHkKjJCmsSAzZOvVXx".unicodeScalars)

    private static func checkSkeleton(_ skeleton: String) throws(ICUError) {
        for (offset, scalar) in skeleton.unicodeScalars.enumerated() where !skeletonLetters.contains(scalar) {
            throw ICUError(
                .invalidSkeleton,
                "invalid date skeleton '\(skeleton)': '\(scalar)' at character \(offset + 1) is not a date field letter; try 'yMMMd' or 'jm'",
                offset: offset
            )
        }
        if skeleton.isEmpty {
            throw ICUError(.invalidSkeleton, "empty date skeleton; try 'yMMMd' or 'jm'")
        }
    }
}
