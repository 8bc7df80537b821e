/// Finds invalid UTF-8 and says where it is, so a file saved as Latin-1 or cut mid-character is
/// pointed at, not decoded into replacement characters.
enum UTF8Check {
    /// The position of the first byte that is not valid UTF-8 and that byte, or `nil` when all
    /// are valid; positions count from `start`.
    static func firstInvalid(in bytes: some Collection<UInt8>, from start: TextPosition) -> (TextPosition, UInt8)? {
        // The standard library's decoder does the checking (overlong forms, surrogates, truncated
        // sequences); this only counts lines and columns up to where it stops.
        var position = start
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    position.line += 1
                    position.column = 1
                } else {
                    position.column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return (position, bytes[bytes.index(bytes.startIndex, offsetBy: offset)])
            }
        }
    }

    /// The message for an invalid byte.
    static func message(for byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save the file as UTF-8"
    }
}
