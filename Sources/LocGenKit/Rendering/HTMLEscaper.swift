/// Escapes text for HTML: `&`, `<`, `>`, `"` and `'`, the characters that can end an element's text or a
/// quoted attribute value.
///
/// Scans the UTF-8 bytes and copies runs without those characters in bulk; text without any comes back
/// as it is, without a copy. Every special character is ASCII, so a multi-byte scalar is never split.
enum HTMLEscaper {
    /// Returns `text` with the five special characters replaced by entities.
    static func escape(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var extra = 0
            for byte in bytes {
                extra &+= Self.extraLength[Int(byte)]
            }
            guard extra > 0 else { return text }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var written = 0
                var runStart = 0
                for index in bytes.indices where Self.extraLength[Int(bytes[index])] != 0 {
                    written += copy(bytes, from: runStart, to: index, into: output, at: written)
                    written += Self.entity(for: bytes[index]).withUTF8Buffer { entity in
                        copy(entity, from: 0, to: entity.count, into: output, at: written)
                    }
                    runStart = index + 1
                }
                written += copy(bytes, from: runStart, to: bytes.count, into: output, at: written)
                return written
            }
        }
    }

    /// Appends `text`'s UTF-8 to a page's bytes with the five special characters replaced by entities: a table
    /// lookup per byte, and each run without special characters copied in one go.
    static func escape(_ text: String, into output: inout PageBytes) {
        text.withUTF8InPlace { escape($0, into: &output) }
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout PageBytes) {
        Self.extraLength.withUnsafeBufferPointer { extraLength in
            var runStart = 0
            for index in bytes.indices where extraLength[Int(bytes[index])] != 0 {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                Self.entity(for: bytes[index]).withUTF8Buffer { output.append($0) }
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Copies `bytes[start..<end]` to `output` at `offset`; returns the number of bytes copied.
    private static func copy(
        _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int,
        into output: UnsafeMutableBufferPointer<UInt8>,
        at offset: Int
    ) -> Int {
        let count = end - start
        guard count > 0 else { return 0 }
        UnsafeMutableRawPointer(output.baseAddress! + offset)
            .copyMemory(from: bytes.baseAddress! + start, byteCount: count)
        return count
    }

    /// The bytes that replace a special character.
    private static func entity(for byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        default: return "&#39;"
        }
    }

    /// For each byte value, how many bytes its entity adds (0 for bytes kept as they are).
    private static let extraLength: [Int] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "&"): return 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): return 3
        case UInt8(ascii: "\""): return 5
        case UInt8(ascii: "'"): return 4
        default: return 0
        }
    }
}
