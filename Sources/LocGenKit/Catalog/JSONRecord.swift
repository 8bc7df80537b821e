/// Parsing the bytes of one JSON product record, shared by JSON arrays and JSON Lines.
enum JSONRecord {
    /// The largest record read; a longer one is almost always a missing `}` or line break.
    static let maximumBytes = 16 << 20

    /// Checks the bytes are UTF-8 and parses them; problems are non-fatal: the next record can
    /// still be read.
    static func parse(_ bytes: [UInt8], from start: TextPosition, path: String) throws(CatalogError) -> CatalogNode {
        if let (position, byte) = UTF8Check.firstInvalid(in: bytes, from: start) {
            throw CatalogError(
                .invalidCatalog,
                UTF8Check.message(for: byte),
                at: position.location(in: path),
                isFatal: false
            )
        }
        do {
            return try JSONValueParser.parse(bytes, from: start)
        } catch {
            throw CatalogError(.invalidCatalog, error.message, at: error.position.location(in: path), isFatal: false)
        }
    }
}

extension FileBytes {
    /// ``next()`` for catalog readers: a read failure stops the catalog.
    func nextByte() throws(CatalogError) -> UInt8? {
        do {
            return try next()
        } catch {
            throw CatalogError(problems: [error], isFatal: true)
        }
    }

    /// ``peek()`` for catalog readers.
    func peekByte() throws(CatalogError) -> UInt8? {
        do {
            return try peek()
        } catch {
            throw CatalogError(problems: [error], isFatal: true)
        }
    }

    /// Consumes spaces, tabs and line breaks.
    func skipWhitespace() throws(CatalogError) {
        while let byte = try peekByte(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            _ = try nextByte()
        }
    }
}
