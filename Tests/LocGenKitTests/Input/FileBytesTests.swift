import Testing

@testable import LocGenKit

/// `FileBytes.nextLine(into:limit:)` against reading the same file a byte at a time with `next()`.
struct FileBytesTests {
    /// Lines as `next()` reads them: the bytes before each line feed, at most `limit`, whether there were
    /// more, and the position after the line.
    private static func linesByByte(_ path: String, limit: Int) throws -> [([UInt8], Bool, Int, Int)] {
        let input = try FileBytes(path: path)
        var lines: [([UInt8], Bool, Int, Int)] = []
        var line: [UInt8] = []
        var isTooLong = false
        var hasBytes = false
        while let byte = try input.next() {
            hasBytes = true
            if byte == UInt8(ascii: "\n") {
                lines.append((line, isTooLong, input.position.line, input.position.column))
                (line, isTooLong, hasBytes) = ([], false, false)
            } else if line.count < limit {
                line.append(byte)
            } else {
                isTooLong = true
            }
        }
        if hasBytes { lines.append((line, isTooLong, input.position.line, input.position.column)) }
        return lines
    }

    private static func linesByLine(_ path: String, limit: Int) throws -> [([UInt8], Bool, Int, Int)] {
        let input = try FileBytes(path: path)
        var lines: [([UInt8], Bool, Int, Int)] = []
        var line: [UInt8] = []
        while let isTooLong = try input.nextLine(into: &line, limit: limit) {
            lines.append((line, isTooLong, input.position.line, input.position.column))
            line.removeAll()
        }
        return lines
    }

    @Test(arguments: [16, 100, 70_000, 1 << 20])
    func readsTheLinesAndPositionsThatByteByByteReadingGives(limit: Int) throws {
        let folder = try TemporaryDirectory()
        // A BOM, text in three scripts, CRLF, empty lines, a line across the 64 KiB chunk boundary and a last
        // line without a line feed.
        let long = String(repeating: "äb€", count: 12_000)
        let text = "\u{FEFF}{\"id\": \"p1\"}\r\n\n日本語 line\n" + long + "\n\nshort\n" + long + "x\nlast"
        let path = try folder.write("lines.jsonl", text)
        let expected = try Self.linesByByte(path, limit: limit)
        let lines = try Self.linesByLine(path, limit: limit)
        #expect(lines.count == expected.count)
        #expect(lines.count == 8)
        for (line, reference) in zip(lines, expected) {
            #expect(line.0 == reference.0)
            #expect(line.1 == reference.1)
            #expect(line.2 == reference.2 && line.3 == reference.3)
        }
        #expect(lines.first?.0 == Array("{\"id\": \"p1\"}\r".utf8))
    }

    @Test func endsWithNoLineForAnEmptyFile() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("empty.jsonl", "")
        var line: [UInt8] = []
        #expect(try FileBytes(path: path).nextLine(into: &line, limit: 10) == nil)
    }
}
