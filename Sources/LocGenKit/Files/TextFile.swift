#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Reads a whole UTF-8 text file, with errors that name the file and say what to do.
enum TextFile {
    /// The file's text without a leading byte order mark.
    ///
    /// Throws ``LocGenError/Code/unreadableFile`` when the file cannot be read (with the system's reason)
    /// and ``LocGenError/Code/invalidDocument`` at the first byte that is not UTF-8.
    static func text(atPath path: String) throws(LocGenError) -> String {
        var bytes = try Self.bytes(atPath: path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Find the first bad byte and say where it is, counting lines and columns in Unicode scalars.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed: [Unicode.Scalar] = []
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { consumed.append(scalar) }
        var byteOffset = 0
        for scalar in consumed { byteOffset += UTF8.width(scalar) }
        let snippet = SourceSnippet(
            text: String(String.UnicodeScalarView(consumed)) + " ",
            scalarOffset: consumed.count
        )
        let byte = byteOffset < bytes.count ? bytes[byteOffset] : 0
        let hex = String(byte, radix: 16, uppercase: true)
        throw LocGenError(
            .invalidDocument,
            "the file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save it as UTF-8",
            at: SourceLocation(file: path, line: snippet.lineNumber, column: snippet.column)
        )
    }

    /// The file's bytes, or ``LocGenError/Code/unreadableFile`` with the system's reason in lower case.
    static func bytes(atPath path: String) throws(LocGenError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(path, errno)
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    private static func unreadable(_ path: String, _ code: Int32) -> LocGenError {
        let reason = String(cString: strerror(code))
        let lowered = reason.prefix(1).lowercased() + reason.dropFirst()
        return LocGenError(.unreadableFile, "cannot read '\(path)': \(lowered)")
    }
}
