#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A file of records the build writes once, front to back, and reads back later: what it would otherwise
/// hold for the whole build (index entries, manifest records), so that memory does not grow with the catalog.
///
/// A record is a sequence of fields, each an unsigned integer as a LEB128 varint or a text as its UTF-8 length
/// (a varint) and bytes; an optional text stores its length plus one, 0 for nil. The reader knows the fields
/// of each record; nothing in the file names them. Fields are buffered and appended to the file in chunks
/// of about 64 KB, the file being opened only for each chunk, so a build may keep one per market without
/// running out of file descriptors.
struct SpillWriter {
    /// The file written.
    let path: String
    private var buffer: [UInt8] = []
    /// Bytes already in the file.
    private(set) var size = 0

    private static let chunk = 64 * 1024

    /// The permissions the file is created with: private to the user for the build's own files.
    private let mode: mode_t

    /// A writer creating (or emptying) the file at `path` with its first chunk; `mode` is the new file's
    /// permissions (before the umask).
    init(path: String, mode: mode_t = 0o600) {
        self.path = path
        self.mode = mode
    }

    /// Where the next field starts, counted from the start of the file.
    var offset: Int { size + buffer.count }

    mutating func append(_ number: UInt64) {
        var rest = number
        while rest >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        buffer.append(UInt8(rest))
    }

    mutating func append(_ number: Int) {
        precondition(number >= 0, "a spill file holds no negative numbers")
        append(UInt64(number))
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            append(bytes.count)
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends text's UTF-8 bytes without their length: for a part of a record read back by its offset.
    mutating func append(raw text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    mutating func append(optional text: String?) {
        guard let text else {
            append(0)
            return
        }
        var copy = text
        copy.withUTF8 { bytes in
            append(bytes.count + 1)
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends bytes another writer encoded (``encoded(_:)``) as they are.
    mutating func append(encoded bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// The bytes of fields appended by `body`, kept in memory: a record made on one task and written by another.
    static func encoded(_ body: (inout SpillWriter) -> Void) -> [UInt8] {
        var writer = SpillWriter(path: "")
        body(&writer)
        return writer.buffer
    }

    /// Writes the buffer out once it holds a chunk; call after each record.
    mutating func endRecord() throws(LocGenError) {
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Writes out what is buffered, creating the file on the first call.
    mutating func flush() throws(LocGenError) {
        let flags = size == 0 ? O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC : O_WRONLY | O_APPEND | O_CLOEXEC
        let descriptor = open(path, flags, mode)
        guard descriptor >= 0 else { throw SpillFile.failure(errno, path, "create") }
        defer { close(descriptor) }
        var start = 0
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SpillFile.failure(errno, path, "write")
            }
            start += written
        }
        size += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads a file ``SpillWriter`` wrote, field by field in the order written, a chunk at a time.
final class SpillReader {
    /// The file read.
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var index = 0
    /// Bytes of the file before the buffer's first.
    private var dropped = 0
    private var isExhausted = false

    private static let chunk = 64 * 1024

    /// Opens the file at `path`; throws when it cannot be read.
    init(path: String) throws(LocGenError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SpillFile.failure(errno, path, "read") }
    }

    /// A reader of bytes already read, such as one record read with ``SpillFile/bytes(at:length:of:path:)``.
    init(bytes: [UInt8], path: String) {
        self.path = path
        descriptor = -1
        buffer = bytes
        isExhausted = true
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Where the next field starts, counted from the start of the file.
    var offset: Int { dropped + index }

    /// Passes over `count` bytes; throws when the file ends before.
    func skip(_ count: Int) throws(LocGenError) {
        try fill(count)
        guard buffer.count - index >= count else { throw damaged() }
        index += count
    }

    /// Whether every field has been read.
    func isAtEnd() throws(LocGenError) -> Bool {
        try fill(1)
        return index == buffer.count
    }

    func integer() throws(LocGenError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            try fill(1)
            guard index < buffer.count, shift < 64 else { throw damaged() }
            let byte = buffer[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func count() throws(LocGenError) -> Int {
        let value = try integer()
        guard value <= UInt64(Int32.max) else { throw damaged() }
        return Int(value)
    }

    func text() throws(LocGenError) -> String {
        try text(length: count())
    }

    func optionalText() throws(LocGenError) -> String? {
        let length = try count()
        return length == 0 ? nil : try text(length: length - 1)
    }

    private func text(length: Int) throws(LocGenError) -> String {
        try fill(length)
        guard buffer.count - index >= length else { throw damaged() }
        let text = String(decoding: buffer[index..<index + length], as: UTF8.self)
        index += length
        return text
    }

    /// Makes at least `count` unread bytes available, short only at the end of the file.
    private func fill(_ count: Int) throws(LocGenError) {
        guard buffer.count - index < count, !isExhausted else { return }
        do {
            let wanted = count - (buffer.count - index)
            // The refill drops what was read.
            dropped += index
            isExhausted = try ChunkedRead.refill(
                &buffer,
                index: &index,
                from: descriptor,
                wanted: wanted,
                chunk: Self.chunk
            )
        } catch {
            throw SpillFile.failure(error.code, path, "read")
        }
    }

    private func damaged() -> LocGenError {
        LocGenError(.outputFailure, "the build's temporary file '\(path)' ends early or is damaged; build again")
    }
}

/// Helpers shared by ``SpillWriter`` and ``SpillReader``.
enum SpillFile {
    static func failure(_ code: Int32, _ path: String, _ action: String) -> LocGenError {
        LocGenError(
            .outputFailure,
            "cannot \(action) the build's temporary file '\(path)': \(String(cString: strerror(code)))"
        )
    }

    /// Reads `length` bytes at `offset` of a file: one record of a file read out of order.
    static func bytes(at offset: Int, length: Int, of descriptor: Int32, path: String) throws(LocGenError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        var filled = 0
        while filled < length {
            let got = bytes[filled...].withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress, $0.count, off_t(offset + filled))
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                throw got < 0
                    ? failure(errno, path, "read")
                    : LocGenError(.outputFailure, "the build's temporary file '\(path)' ends early; build again")
            }
            filled += got
        }
        return bytes
    }
}

/// A file open for reading records out of order with `pread`, which tasks may share; closed with the last
/// reference.
final class SpillFileHandle: Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws(LocGenError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SpillFile.failure(errno, path, "read") }
    }

    deinit { close(descriptor) }

    /// Reads `length` bytes at `offset`.
    func bytes(at offset: Int, length: Int) throws(LocGenError) -> [UInt8] {
        try SpillFile.bytes(at: offset, length: length, of: descriptor, path: path)
    }
}
