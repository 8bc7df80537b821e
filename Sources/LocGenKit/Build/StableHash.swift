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
        // The same bytes through a buffer rather than `String.UTF8View`'s iterator: the same value, but
        // iterating the view cost 2.6 % of a cold build's CPU time (perf, 1,000 products × 12 markets).
        text.withUTF8InPlace { buffer in
            var value = self.value
            for byte in buffer {
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            self.value = value
        }
    }

    /// Feeds a whole text eight bytes at a time: for hashing a page's bytes, where byte-at-a-time FNV-1a cost 4 %
    /// of a cold build's CPU time (perf, 400 products × 30 markets). Each step is FNV-1a's xor and multiply on a
    /// 64-bit word followed by a rotation, all bijections, so a change in any one word always changes the value;
    /// the rotation carries high bits down, which the multiply alone never does.
    mutating func combine(contentsOf text: String) {
        text.withUTF8InPlace { combine(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    /// Feeds a rendered page's bytes as ``combine(contentsOf:)-(String)`` feeds a text's UTF-8: the same bytes give
    /// the same value, so a page hashed as bytes matches the manifests of builds that hashed its text.
    mutating func combine(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine(contentsOf: $0) }
    }

    /// Feeds bytes eight at a time, as ``combine(contentsOf:)-(String)`` feeds a text's UTF-8.
    mutating func combine(contentsOf raw: UnsafeRawBufferPointer) {
        combine(UInt64(raw.count))
        let words = raw.count / 8
        var value = self.value
        for index in 0..<words {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            let mixed = (value ^ word) &* 0x0000_0100_0000_01b3
            value = mixed << 29 | mixed >> 35
        }
        self.value = value
        combine(bytes: raw[(words * 8)...])
    }

    /// A hash value with its bits spread over all 64 (MurmurHash3's `fmix64`), for adding hash values up:
    /// FNV-1a's last bytes reach only the low bits well, and a sum of such values would collide more often.
    /// One-to-one, so distinct values stay distinct.
    static func mixed(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }

    /// The value as 16 lower-case hex digits.
    var hex: String { Self.hex(value) }

    /// A hash value as 16 lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
