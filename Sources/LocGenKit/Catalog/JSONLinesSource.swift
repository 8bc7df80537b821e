/// Reads a JSON Lines catalog: one product object per line; blank lines are skipped.
///
/// A line that does not parse is reported and skipped; the next line is read as usual.
struct JSONLinesSource: ProductRecordSource {
    private let input: FileBytes
    private var line: [UInt8] = []

    init(input: FileBytes) {
        self.input = input
    }

    mutating func nextRecord() throws(CatalogError) -> CatalogNode? {
        try nextRecord(skipping: nil)
    }

    /// Skips a line that has neither `"key"` nor a backslash (`\u0072elated` is `related` too) unparsed: the
    /// related products' first pass looks at the few products that list others, and parsing the rest was
    /// most of its cost.
    mutating func nextRecord(mayHaving key: String) throws(CatalogError) -> CatalogNode? {
        try nextRecord(skipping: .linesWithout(Array(("\"" + key + "\"").utf8)))
    }

    /// Skips a line that ``RecordValueFilter/mayMatch(_:)`` rules out unparsed.
    mutating func nextRecord(mayHavingValueIn texts: RecordValueFilter) throws(CatalogError) -> CatalogNode? {
        try nextRecord(skipping: .linesWithoutValueIn(texts))
    }

    /// The lines a read may skip unparsed.
    private enum Skip {
        case linesWithout([UInt8])
        case linesWithoutValueIn(RecordValueFilter)
    }

    private mutating func nextRecord(skipping skip: Skip?) throws(CatalogError) -> CatalogNode? {
        while true {
            let start = input.position
            line.removeAll(keepingCapacity: true)
            let isTooLong: Bool
            let isAtEnd: Bool
            do {
                let read = try input.nextLine(into: &line, limit: JSONRecord.maximumBytes)
                isTooLong = read ?? false
                isAtEnd = read == nil
            } catch {
                throw CatalogError(problems: [error], isFatal: true)
            }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if isTooLong {
                throw CatalogError(
                    .invalidCatalog,
                    "line is longer than \(JSONRecord.maximumBytes >> 20) MiB; JSON Lines has one product per line",
                    at: start.location(in: input.path),
                    isFatal: false
                )
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if isAtEnd { return nil }
                continue
            }
            switch skip {
            case .linesWithout(let needle)?:
                if !line.contains(UInt8(ascii: "\\")), !Self.line(line, contains: needle) { continue }
            case .linesWithoutValueIn(let texts)?:
                if !texts.mayMatch(line) { continue }
            case nil:
                break
            }
            return try JSONRecord.parse(line, from: start, path: input.path)
        }
    }

    /// Whether `needle` (not empty) occurs in `line`.
    private static func line(_ line: [UInt8], contains needle: [UInt8]) -> Bool {
        guard line.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        let last = line.count - needle.count
        while index <= last {
            if line[index] == first, line[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
