#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Reads whole text files with the C library, so LocGenKit needs no Foundation for it.
enum TextFile {
    /// The file's contents as UTF-8 text.
    ///
    /// Throws ``LocGenError/Code/unreadableFile`` with the system's reason when the file cannot be
    /// read, and ``LocGenError/Code/invalidDocument`` when it is not valid UTF-8.
    static func read(_ path: String) throws(LocGenError) -> String {
        guard let file = fopen(path, "rb") else {
            throw LocGenError(.unreadableFile, "cannot read '\(path)': \(systemError())")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            bytes += buffer[..<count]
            guard count == buffer.count else { break }
        }
        if ferror(file) != 0 {
            throw LocGenError(.unreadableFile, "cannot read '\(path)': \(systemError())")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LocGenError(.invalidDocument, "'\(path)' is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    private static func systemError() -> String {
        guard let reason = strerror(errno) else { return "error \(errno)" }
        return String(cString: reason)
    }
}
