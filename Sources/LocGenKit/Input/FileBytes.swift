#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read front to back in 64 KiB chunks, one byte at a time, with the line and column of
/// the next byte; memory stays one chunk however large the file is.
///
/// A class because it owns a file descriptor, closed in `deinit`. A UTF-8 byte order mark at the
/// start is skipped.
final class FileBytes {
    /// The path as the user gave it.
    let path: String
    /// The line and column of the next byte; columns count Unicode scalars.
    private(set) var position = TextPosition.start

    private let descriptor: Int32
    private var buffer: [UInt8]
    private var index = 0
    private var count = 0
    private var isAtEnd = false

    static let chunkSize = 64 * 1024

    /// Opens a file; throws ``LocGenError/Code/unreadableFile`` with the system's reason.
    init(path: String) throws(LocGenError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw LocGenError(.unreadableFile, "cannot read '\(path)': \(FileBytes.reason(errno))")
        }
        self.path = path
        self.descriptor = descriptor
        self.buffer = [UInt8](repeating: 0, count: FileBytes.chunkSize)
        if try peek() == 0xEF {
            // A BOM is three bytes; look at them without losing them when they are something else.
            if try refill(keeping: 3), count - index >= 3, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF {
                index += 3
            }
        }
    }

    deinit { close(descriptor) }

    /// The next byte without consuming it, or `nil` at the end of the file.
    func peek() throws(LocGenError) -> UInt8? {
        if index == count, !(try refill(keeping: 1)) { return nil }
        return buffer[index]
    }

    /// Consumes and returns the next byte, or `nil` at the end of the file.
    func next() throws(LocGenError) -> UInt8? {
        if index == count, !(try refill(keeping: 1)) { return nil }
        let byte = buffer[index]
        index += 1
        position.advance(over: byte)
        return byte
    }

    /// Consumes the bytes up to and including the next line feed (or the end of the file) and appends those
    /// before it to `line`, at most `limit` in all: the same as calling ``next()`` for each, a chunk at a time.
    /// `nil` when the file had no byte left; otherwise whether the line had more than `limit` bytes (the rest
    /// of it is consumed and dropped).
    ///
    /// JSON Lines catalogs are read this way, twice more for the related products' pass: byte by byte, every
    /// byte paid for a call, an exclusivity check on the buffer and a position update.
    func nextLine(into line: inout [UInt8], limit: Int) throws(LocGenError) -> Bool? {
        var isTooLong = false
        var hasBytes = false
        while true {
            if index == count, !(try refill(keeping: 1)) { return hasBytes ? isTooLong : nil }
            hasBytes = true
            let (start, available) = (index, count)
            let feed = buffer.withUnsafeBufferPointer { bytes in
                bytes[start..<available].firstIndex(of: UInt8(ascii: "\n"))
            }
            let end = feed ?? available
            let taken = min(max(limit - line.count, 0), end - start)
            line.append(contentsOf: buffer[start..<start + taken])
            if end - start > taken { isTooLong = true }
            if let feed {
                // A line feed moves to the start of the next line whatever the columns before it.
                position.advance(over: UInt8(ascii: "\n"))
                index = feed + 1
                return isTooLong
            }
            for byte in buffer[start..<end] { position.advance(over: byte) }
            index = end
        }
    }

    /// Reads until at least `needed` unconsumed bytes are buffered or the file ends; whether any are.
    private func refill(keeping needed: Int) throws(LocGenError) -> Bool {
        while count - index < needed, !isAtEnd {
            if index > 0 {
                let (from, remaining) = (index, count - index)
                buffer.withUnsafeMutableBytes { pointer in
                    _ = memmove(pointer.baseAddress!, pointer.baseAddress! + from, remaining)
                }
                count -= index
                index = 0
            }
            let got = buffer.withUnsafeMutableBytes { pointer in
                read(descriptor, pointer.baseAddress! + count, pointer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw LocGenError(.unreadableFile, "cannot read '\(path)': \(FileBytes.reason(errno))")
            }
            if got == 0 { isAtEnd = true }
            count += got
        }
        return count > index
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
