#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The refill step of the build's readers that parse a file front to back a chunk at a time
/// (``SpillReader``, ``ManifestReader``), so that neither holds a whole file.
enum ChunkedRead {
    /// Drops the bytes of `buffer` before `index` (already parsed; `index` becomes 0), then appends
    /// `wanted` bytes or, when more, `chunk` bytes read from `descriptor`: fewer only at the end of the file.
    ///
    /// Returns whether the end of the file was reached; throws the `errno` of a failed read.
    static func refill(
        _ buffer: inout [UInt8],
        index: inout Int,
        from descriptor: Int32,
        wanted: Int,
        chunk: Int
    ) throws(ReadFailure) -> Bool {
        buffer.removeFirst(index)
        index = 0
        let count = max(wanted, chunk)
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var filled = 0
        var isAtEnd = false
        while filled < count {
            let got = buffer[(start + filled)...].withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                let failure = ReadFailure(code: errno)
                buffer.removeLast(count - filled)
                throw failure
            }
            if got == 0 {
                isAtEnd = true
                break
            }
            filled += got
        }
        buffer.removeLast(count - filled)
        return isAtEnd
    }

    /// A read that failed, with its `errno`.
    struct ReadFailure: Error {
        var code: Int32
    }
}
