/// Splits a CSV file into rows of fields (RFC 4180): fields separated by `,`, rows by CRLF or
/// LF, fields in double quotes may hold commas, line breaks and doubled quotes (`""`).
///
/// Each row is first taken whole from the file (up to the first line break outside quotes), then
/// checked for UTF-8 and split, so every field and every problem has an exact line and column.
struct CSVRowReader {
    /// One field of a row, unquoted.
    struct Field {
        var text: String
        var position: TextPosition
    }

    /// One row: its fields, where it starts, and a problem found while splitting it.
    struct Row {
        var fields: [Field]
        var position: TextPosition
        var problem: (message: String, position: TextPosition)?

        /// Whether every field is empty (a blank line, or only commas).
        var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty } }
    }

    private let input: FileBytes
    private var raw: [UInt8] = []

    init(input: FileBytes) {
        self.input = input
    }

    /// The next row, or `nil` at the end of the file. Throws a fatal error for a quoted field that
    /// is never closed, since no later row can be found.
    mutating func nextRow() throws(CatalogError) -> Row? {
        // Where a row ends depends on quoting: a line break inside a quoted field is data. A '"'
        // opens a quoted field only at the start of a field, so a stray quote elsewhere cannot
        // swallow the rest of the file; `split` reports it.
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        let start = input.position
        raw.removeAll(keepingCapacity: true)
        var state = State.fieldStart
        var openingQuote = start
        var isAtEnd = true
        while let byte = try input.peekByte() {
            isAtEnd = false
            let position = input.position
            _ = try input.nextByte()
            switch (state, byte) {
            case (.quoted, UInt8(ascii: "\"")): state = .quoteInQuoted
            case (.quoted, _): break
            case (_, UInt8(ascii: "\n")): return row(from: start)
            case (_, UInt8(ascii: ",")): state = .fieldStart
            case (.fieldStart, UInt8(ascii: "\"")):
                state = .quoted
                openingQuote = position
            case (.quoteInQuoted, UInt8(ascii: "\"")): state = .quoted
            default: state = .unquoted
            }
            guard raw.count < JSONRecord.maximumBytes else {
                throw CatalogError(
                    .invalidCatalog,
                    "invalid CSV: the row is longer than \(JSONRecord.maximumBytes >> 20) MiB; is a closing '\"' missing?",
                    at: start.location(in: input.path),
                    isFatal: true
                )
            }
            raw.append(byte)
        }
        if isAtEnd { return nil }
        if state == .quoted {
            throw CatalogError(
                .invalidCatalog,
                "invalid CSV: the quoted field is never closed; add the missing '\"'",
                at: openingQuote.location(in: input.path),
                isFatal: true
            )
        }
        return row(from: start)
    }

    /// The row in `raw`, checked for UTF-8 and split.
    private func row(from start: TextPosition) -> Row {
        var bytes = raw[...]
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        if let (position, byte) = UTF8Check.firstInvalid(in: bytes, from: start) {
            return Row(fields: [], position: start, problem: (UTF8Check.message(for: byte), position))
        }
        return split(Array(bytes), from: start)
    }

    /// Splits `raw`, which holds one row of valid UTF-8.
    private func split(_ raw: [UInt8], from start: TextPosition) -> Row {
        var row = Row(fields: [], position: start, problem: nil)
        var position = start
        var index = 0
        var field: [UInt8] = []
        func advance() {
            position.advance(over: raw[index])
            index += 1
        }
        while true {
            let fieldStart = position
            field.removeAll(keepingCapacity: true)
            if index < raw.count, raw[index] == UInt8(ascii: "\"") {
                advance()
                while index < raw.count {
                    if raw[index] == UInt8(ascii: "\"") {
                        if index + 1 < raw.count, raw[index + 1] == UInt8(ascii: "\"") {
                            field.append(UInt8(ascii: "\""))
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        break
                    }
                    field.append(raw[index])
                    advance()
                }
                if index < raw.count, raw[index] != UInt8(ascii: ","), row.problem == nil {
                    row.problem = (
                        "invalid CSV: text after a closing quote; double a '\"' inside a quoted field (\"\")", position
                    )
                }
            }
            while index < raw.count, raw[index] != UInt8(ascii: ",") {
                if raw[index] == UInt8(ascii: "\""), row.problem == nil {
                    row.problem = (
                        "invalid CSV: a '\"' inside an unquoted field; quote the whole field and double the '\"'",
                        position
                    )
                }
                field.append(raw[index])
                advance()
            }
            row.fields.append(Field(text: String(decoding: field, as: UTF8.self), position: fieldStart))
            guard index < raw.count else { return row }
            advance()
        }
    }
}
