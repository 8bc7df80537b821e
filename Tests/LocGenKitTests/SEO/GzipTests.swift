import Foundation
import Testing

@testable import LocGenKit

struct GzipTests {
    static let text = String(repeating: "<url><loc>https://shop.example.com/de/zelt/</loc></url>\n", count: 2_000)

    @Test func roundTripsText() throws {
        let compressed = Gzip.compress(Self.text.utf8)
        #expect(compressed.count < Self.text.utf8.count / 10)
        #expect(try Gzip.decompress(compressed) == Array(Self.text.utf8))
        #expect(try Gzip.decompress(Gzip.compress([UInt8]())) == [])
    }

    @Test func compressesPieceByPieceToTheSameBytesAsAtOnce() throws {
        let bytes = Array(Self.text.utf8)
        let compressor = Gzip.Compressor()
        var joined: [UInt8] = []
        // Uneven pieces, one empty, the last one empty too.
        for range in [0..<1, 1..<1, 1..<70_000, 70_000..<bytes.count, bytes.count..<bytes.count] {
            joined += compressor.compress(Array(bytes[range]), finish: range.lowerBound == bytes.count)
        }
        #expect(try Gzip.decompress(joined) == bytes)
        #expect(joined == Gzip.compress(bytes))
    }

    @Test func writesTheSameBytesEveryTimeWithAFixedHeader() {
        let first = Gzip.compress(Self.text.utf8)
        #expect(first == Gzip.compress(Self.text.utf8))
        // RFC 1952: magic, deflate, no flags, modification time 0, then the OS byte: 3, Unix.
        #expect(Array(first.prefix(10)) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3])
    }

    @Test func theSystemGzipReadsWhatItWrites() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("sitemap.xml.gz", bytes: Gzip.compress(Self.text.utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output, as: UTF8.self) == Self.text)
    }

    @Test func readsSeveralMembersInARow() throws {
        let bytes = Gzip.compress("a".utf8) + Gzip.compress("b".utf8)
        #expect(try Gzip.decompress(bytes) == Array("ab".utf8))
    }

    @Test func rejectsWhatIsNotWholeGzip() {
        let compressed = Gzip.compress(Self.text.utf8)
        let cases: [([UInt8], String)] = [
            (Array("<?xml".utf8), "not gzip data: it does not start with the bytes 1f 8b"),
            (Array(compressed.prefix(compressed.count / 2)), "gzip data is truncated: it ends inside the stream"),
            (compressed + [0x00, 0x01], "gzip data has 2 stray bytes after its end"),
        ]
        for (bytes, message) in cases {
            #expect(throws: LocGenError.self) { try Gzip.decompress(bytes) }
            do {
                _ = try Gzip.decompress(bytes)
            } catch {
                #expect(error.message == message)
                #expect(error.code == .invalidDocument)
            }
        }
        var corrupt = compressed
        corrupt[20] ^= 0xFF
        corrupt[21] ^= 0xFF
        #expect(throws: LocGenError.self) { try Gzip.decompress(corrupt) }
    }

    @Test func stopsAtTheSizeLimit() {
        let bomb = Gzip.compress([UInt8](repeating: 0, count: 1_000_000))
        do {
            _ = try Gzip.decompress(bomb, maximumSize: 100_000)
            Issue.record("a stream growing past the limit was read")
        } catch {
            #expect(error.message == "gzip data grows past 100000 bytes; it is not read")
        }
    }

    @Test func readsPlainAndCompressedFilesAlike() throws {
        let folder = try TemporaryDirectory()
        let plain = try folder.write("sitemap.xml", Self.text)
        let compressed = try folder.write("sitemap.xml.gz", bytes: Gzip.compress(Self.text.utf8))
        #expect(try Gzip.readText(atPath: plain) == Self.text)
        #expect(try Gzip.readText(atPath: compressed) == Self.text)
        do {
            _ = try Gzip.readText(atPath: folder.path + "/missing.xml.gz")
            Issue.record("a missing file was read")
        } catch {
            #expect(error.code == .unreadableFile)
            #expect(error.message.hasPrefix("cannot read '\(folder.path)/missing.xml.gz': No such file"))
        }
    }
}
