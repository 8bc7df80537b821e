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
            return try JSONRecord.parse(line, from: start, path: input.path)
        }
    }
}
