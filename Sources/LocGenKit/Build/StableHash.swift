/// FNV-1a, 64 bits: a fast hash that is the same on every run and machine, unlike `Hasher`.
///
/// It tells changed build inputs from unchanged ones; it is not cryptographic, and a collision (about one in
/// 2⁶⁴ for unrelated inputs) would keep a stale page. Values are fed with their lengths so that `("ab", "c")`
/// and `("a", "bc")` differ.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }

    mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    mutating func combine(_ text: String) {
        combine(UInt64(text.utf8.count))
        combine(bytes: text.utf8)
    }

    /// The value as 16 lower-case hex digits.
    var hex: String { Self.hex(value) }

    /// A hash value as 16 lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
