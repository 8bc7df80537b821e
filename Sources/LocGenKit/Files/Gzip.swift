internal import CZlib

/// gzip (RFC 1952) compression and decompression through the system zlib.
///
/// Compression is deterministic: the header carries no file name and a modification time of 0, and its
/// OS byte is fixed at 3 (Unix), so the same text gives the same bytes on every run and machine with
/// the same zlib. Decompression reads any gzip file, also one of several members (`cat a.gz b.gz`).
public enum Gzip {
    /// The two bytes every gzip file starts with.
    public static let magic: [UInt8] = [0x1F, 0x8B]

    /// Whether bytes start like a gzip file.
    public static func isCompressed(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: magic)
    }

    /// The bytes compressed as one gzip member, at zlib's default level.
    public static func compress(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let stream = Compressor()
        return stream.compress(Array(bytes), finish: true)
    }

    /// A gzip member compressed piece by piece, for files too large to hold (sitemaps): the pieces'
    /// outputs, joined, are one gzip file, the same bytes ``Gzip/compress(_:)`` makes of the whole input.
    public final class Compressor {
        /// On the heap, at one address for its whole life: zlib keeps a pointer back to it, which an
        /// `inout` of a stored property does not promise.
        private let stream: UnsafeMutablePointer<z_stream>

        public init() {
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of zlib's own.
            var status = deflateInit2_(
                stream,
                Z_DEFAULT_COMPRESSION,
                Z_DEFLATED,
                15 + 16,
                8,
                Z_DEFAULT_STRATEGY,
                ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)
            )
            precondition(status == Z_OK, "deflateInit2 failed with \(status): zlib could not allocate its state")
            // zlib keeps a pointer to the header until it has written it, so it too stays at one address.
            header.initialize(to: gz_header())
            header.pointee.time = 0
            header.pointee.os = 3
            status = deflateSetHeader(stream, header)
            precondition(status == Z_OK, "deflateSetHeader failed with \(status)")
        }

        private let header = UnsafeMutablePointer<gz_header>.allocate(capacity: 1)

        deinit {
            deflateEnd(stream)
            stream.deallocate()
            header.deallocate()
        }

        /// Compresses the next piece; returns the compressed bytes zlib has ready, all of the rest when
        /// `finish` ends the member. No piece may follow a finished one.
        public func compress(_ bytes: [UInt8], finish: Bool) -> [UInt8] {
            var input = bytes
            var output: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            input.withUnsafeMutableBufferPointer { source in
                stream.pointee.next_in = source.baseAddress
                stream.pointee.avail_in = UInt32(source.count)
                while true {
                    let status = chunk.withUnsafeMutableBufferPointer { target in
                        stream.pointee.next_out = target.baseAddress
                        stream.pointee.avail_out = UInt32(target.count)
                        return deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    }
                    precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "deflate failed with \(status)")
                    output += chunk[..<(chunk.count - Int(stream.pointee.avail_out))]
                    if finish ? status == Z_STREAM_END : stream.pointee.avail_out != 0 { break }
                }
            }
            return output
        }
    }

    /// The bytes of a gzip file, decompressed; throws for bytes that are not gzip, are truncated or
    /// corrupt, or would grow past `maximumSize` (a guard against decompression bombs).
    public static func decompress(
        _ bytes: some Collection<UInt8>,
        maximumSize: Int = 512 * 1024 * 1024
    ) throws(LocGenError) -> [UInt8] {
        guard isCompressed(bytes) else {
            throw LocGenError(.invalidDocument, "not gzip data: it does not start with the bytes 1f 8b")
        }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(min(maximumSize, input.count * 4))
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "inflateInit2 failed with \(status): zlib could not allocate its state")
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        while true {
            input.withUnsafeMutableBufferPointer { source in
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_in = source.baseAddress! + consumed
                    stream.avail_in = UInt32(source.count - consumed)
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    consumed = source.count - Int(stream.avail_in)
                }
            }
            let produced = chunk.count - Int(stream.avail_out)
            guard output.count + produced <= maximumSize else {
                throw LocGenError(.invalidDocument, "gzip data grows past \(maximumSize) bytes; it is not read")
            }
            output += chunk[..<produced]
            switch status {
            case Z_OK:
                if produced == 0, consumed == input.count {
                    throw LocGenError(.invalidDocument, "gzip data is truncated: it ends inside the stream")
                }
            case Z_STREAM_END:
                // Another member may follow; anything else after the end is not gzip.
                guard consumed < input.count else { return output }
                guard input[consumed...].starts(with: magic) else {
                    throw LocGenError(
                        .invalidDocument,
                        "gzip data has \(input.count - consumed) stray bytes after its end"
                    )
                }
                inflateReset(&stream)
            case Z_BUF_ERROR where consumed == input.count:
                throw LocGenError(.invalidDocument, "gzip data is truncated: it ends inside the stream")
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw LocGenError(.invalidDocument, "gzip data is corrupt: \(reason)")
            }
        }
    }

    /// The text of a file that may be gzip-compressed (a sitemap `.xml.gz`): decompressed when it starts
    /// with the gzip magic bytes, whatever its name, and decoded as UTF-8.
    public static func readText(atPath path: String) throws(LocGenError) -> String {
        let bytes: [UInt8]
        switch FileSystem.contents(of: path) {
        case .success(let contents): bytes = contents
        case .failure(let error): throw LocGenError(.unreadableFile, "cannot read '\(path)': \(error.reason)")
        }
        guard isCompressed(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        do {
            return String(decoding: try decompress(bytes), as: UTF8.self)
        } catch {
            throw LocGenError(.invalidDocument, "\(path): \(error.message)")
        }
    }
}
