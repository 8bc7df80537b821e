/// Strict UTF-8 decoding that names the first byte that is not part of a well-formed character.
///
/// The Swift standard library repairs bad bytes silently; a translator needs to know where the
/// file went wrong, usually a Latin-1 or Windows-1252 character pasted into a UTF-8 file.
enum UTF8Validation {
    /// Where decoding stopped and why.
    struct Failure: Error, Equatable {
        /// The offset of the offending byte (the first byte of the broken character).
        var byteOffset: Int
        /// A lower-case phrase naming the byte, such as "byte 0xE9 starts a character that is cut off".
        var explanation: String
    }

    /// The byte order mark some editors write at the start of UTF-8 files; it is not text.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes the bytes into Unicode scalars, or reports the first malformed character.
    static func decode(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Failure(byteOffset: 0, explanation: "it is UTF-16 text"))
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            guard let (length, secondRange) = sequenceShape(lead: lead) else {
                return .failure(Failure(byteOffset: index, explanation: "byte \(hex(lead)) cannot start a character"))
            }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let range = offset == 1 ? secondRange : 0x80...0xBF
                guard index + offset < bytes.count, range.contains(bytes[index + offset]) else {
                    let explanation = "byte \(hex(lead)) starts a character that is cut off or malformed"
                    return .failure(Failure(byteOffset: index, explanation: explanation))
                }
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            // The ranges above exclude surrogates and values past U+10FFFF, so this cannot fail.
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += length
        }
        return .success(scalars)
    }

    /// The length of a sequence with this lead byte and the bytes its second byte may be
    /// (Unicode Table 3-7, which rules out overlong forms and surrogates); `nil` for bytes that
    /// cannot lead.
    private static func sequenceShape(lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: nil
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
