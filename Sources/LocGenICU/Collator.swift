internal import CLocGenICU

/// Orders text the way readers of a locale expect: CLDR collation through ICU (`ä` with `a` in German, after
/// `z` in Swedish, pinyin for Chinese, strokes for Traditional Chinese).
///
/// Not `Sendable`: `ucol.h` documents only `ucol_safeClone` as thread safe and says nothing of sort-key
/// calls on a shared collator, so each task makes its own.
public final class Collator {
    /// The locale whose order this is.
    public let locale: LocaleID
    private let handle: OpaquePointer

    /// Opens the collator of a locale; throws ``ICUError`` when ICU cannot open one.
    public init(locale: LocaleID) throws(ICUError) {
        var collator: OpaquePointer?
        let status = locgen_collator_open(locale.icuID, &collator)
        guard !isFailure(status), let collator else {
            throw ICUError(.icuFailure, "ICU has no collator for '\(locale)'", statusName: statusName(status))
        }
        self.locale = locale
        self.handle = collator
    }

    deinit { locgen_collator_close(handle) }

    /// The sort key of a text: keys compare bytewise (`lexicographicallyPrecedes`) as the texts compare in
    /// the locale. Keep keys instead of texts when many items are sorted later.
    public func sortKey(for text: String) throws(ICUError) -> [UInt8] {
        var utf8 = Array(text.utf8)
        utf8.append(0)
        let count = Int32(utf8.count - 1)
        var capacity = max(32, utf8.count * 4)
        while true {
            var key = [UInt8](repeating: 0, count: capacity)
            var length: Int32 = 0
            let status = utf8.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    locgen_collator_sort_key(handle, chars.baseAddress!, count, &key, Int32(capacity), &length)
                }
            }
            if status == bufferOverflow, Int(length) > capacity {
                capacity = Int(length)
                continue
            }
            guard !isFailure(status) else {
                throw ICUError(.icuFailure, "could not make a sort key in '\(locale)'", statusName: statusName(status))
            }
            // The key ends with a 0 byte, which adds nothing to comparisons.
            return Array(key.prefix(max(0, Int(length) - 1)))
        }
    }

    /// Texts sorted in the locale's order; equal keys keep their given order.
    public func sorted(_ texts: [String]) throws(ICUError) -> [String] {
        var keyed: [(key: [UInt8], offset: Int, text: String)] = []
        keyed.reserveCapacity(texts.count)
        for (offset, text) in texts.enumerated() {
            keyed.append((try sortKey(for: text), offset, text))
        }
        keyed.sort { lhs, rhs in
            lhs.key == rhs.key ? lhs.offset < rhs.offset : lhs.key.lexicographicallyPrecedes(rhs.key)
        }
        return keyed.map(\.text)
    }
}
