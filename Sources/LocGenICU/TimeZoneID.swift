internal import CLocGenICU

/// A validated IANA time zone such as `Europe/Zurich`; dates are never formatted in the machine's zone.
public struct TimeZoneID: Hashable, Sendable, CustomStringConvertible {
    /// The IANA identifier as given (`Asia/Calcutta` stays as written; ICU knows it as an alias).
    public let identifier: String

    /// Coordinated Universal Time.
    public static let utc = TimeZoneID(trusted: "UTC")

    private init(trusted identifier: String) { self.identifier = identifier }

    /// Validates a time zone ID; throws ``ICUError/Code/invalidTimeZone`` for one ICU does not know.
    public init(_ identifier: String) throws(ICUError) {
        var known: Int32 = 0
        _ = try? readString("check the time zone '\(identifier)'") {
            locgen_time_zone_canonical(identifier, $0, $1, $2, &known)
        }
        guard known != 0, !identifier.isEmpty else {
            throw ICUError(
                .invalidTimeZone,
                "unknown time zone '\(identifier)'; use an IANA name such as 'Europe/Berlin' or 'UTC'"
            )
        }
        self.identifier = identifier
    }

    public var description: String { identifier }
}
