extension JSONText {
    /// The compact JSON, safe inside `<script>`: `<`, `>` and `&` in strings become `\u003c`, `\u003e` and
    /// `\u0026`, so no value can close the script (`</script>`) or open a comment.
    var scriptSafe: String { Self.scriptSafe(compact) }

    /// Compact JSON text made safe inside `<script>` as ``scriptSafe`` does.
    static func scriptSafe(_ json: String) -> String {
        var text = json
        // Structural JSON never holds <, > or &: every one of them is inside a string. Most documents have
        // none, and are returned as they are; the others are rewritten byte by byte (the three are ASCII, so
        // no UTF-8 sequence is split). Scanned as a buffer: `String.UTF8View`'s iterator checks each step.
        let isSafe = text.withUTF8 { bytes in
            !bytes.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }
        }
        guard !isSafe else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
