internal import CLocGenICU
import Synchronization

/// Formats a distance in time relative to now ("in 3 days", "vor 2 Stunden", "tomorrow").
public final class RelativeTimeFormat: Sendable {
    /// The unit of a relative time.
    public enum Unit: Int32, Sendable, CaseIterable {
        case year = 0, quarter, month, week, day, hour, minute, second

        /// Parses a unit name such as `day` or `days`.
        public init?(name: String) {
            let singular = name.hasSuffix("s") ? String(name.dropLast()) : name
            guard let unit = Unit.allCases.first(where: { "\($0)" == singular }) else { return nil }
            self = unit
        }
    }

    /// How long the words are.
    public enum Width: Int32, Sendable {
        case long = 0, short = 1, narrow = 2
    }

    private let handle: Mutex<LockedHandle>

    /// Opens a formatter for a locale.
    public init(locale: LocaleID, width: Width = .long) throws(ICUError) {
        var formatter: OpaquePointer?
        let status = locgen_relative_formatter_open(locale.icuID, width.rawValue, &formatter)
        guard !isFailure(status), let formatter else {
            throw ICUError(.icuFailure, "ICU cannot format relative times in '\(locale)'", statusName: statusName(status))
        }
        handle = Mutex(LockedHandle(pointer: formatter))
    }

    deinit { handle.withLock { locgen_relative_formatter_close($0.pointer) } }

    /// Formats `value` units from now; negative values are in the past. With `numeric` false the
    /// locale may use words such as "tomorrow".
    public func format(_ value: Double, _ unit: Unit, numeric: Bool = false) -> String {
        handle.withLock { formatter in
            (try? readString("format a relative time") {
                locgen_relative_format(formatter.pointer, value, unit.rawValue, numeric ? 1 : 0, $0, $1, $2)
            }) ?? ""
        }
    }
}
