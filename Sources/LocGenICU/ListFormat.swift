internal import CLocGenICU

/// Joins items as a locale writes a list ("A, B and C", "A、B和C").
public struct ListFormat: Sendable {
    /// Whether the list means all of the items, any of them, or a list of measurements.
    public enum Kind: Int32, Sendable {
        case and = 0, or = 1, units = 2
    }

    /// How long the connecting words are.
    public enum Width: Int32, Sendable {
        case wide = 0, short = 1, narrow = 2
    }

    public var locale: LocaleID
    public var kind: Kind
    public var width: Width

    public init(locale: LocaleID, kind: Kind = .and, width: Width = .wide) {
        self.locale = locale
        self.kind = kind
        self.width = width
    }

    /// Joins the items.
    public func format(_ items: [String]) throws(ICUError) -> String {
        guard !items.isEmpty else { return "" }
        // One buffer holds every item, NUL-separated, so the pointers stay valid for the call.
        var joined: [CChar] = []
        var offsets: [Int] = []
        for item in items {
            offsets.append(joined.count)
            joined.append(contentsOf: item.utf8.map { CChar(bitPattern: $0) })
            joined.append(0)
        }
        let lengths = items.map { Int32($0.utf8.count) }
        return try joined.withUnsafeBufferPointer { (buffer) throws(ICUError) -> String in
            let pointers = offsets.map { UnsafePointer(buffer.baseAddress! + $0) }
            return try readString("join a list") {
                locgen_list_format(
                    locale.icuID, kind.rawValue, width.rawValue, pointers, lengths, Int32(items.count), $0, $1, $2
                )
            }
        }
    }
}
