#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

extension BuildReport {
    /// Writes ``jsonText()`` to a file (`--report build.json`), replacing it; the text ends with a newline.
    ///
    /// Throws ``LocGenError/Code/outputFailure`` naming the file and the system's reason.
    public func writeJSON(toPath path: String) throws(LocGenError) {
        let bytes = Array((jsonText().rendered + "\n").utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LocGenError(.outputFailure, "cannot write the report '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                throw LocGenError(
                    .outputFailure,
                    "cannot write the report '\(path)': \(String(cString: strerror(errno)))"
                )
            }
            written += result
        }
    }
}
