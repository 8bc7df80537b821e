/// Reads a JSON catalog, a top-level array of product objects, one object at a time.
///
/// A small scanner finds where each element ends (it follows strings, escapes and bracket depth)
/// and only that element's bytes are parsed, so memory holds one product however long the array.
/// An element that does not parse is reported and skipped; a broken array (no `[`, no `,` between
/// products, the file ending inside one) stops the reader, since the next product cannot be found.
struct JSONArraySource: ProductRecordSource {
    private enum Phase { case start, elements, finished }

    private let input: FileBytes
    private var phase = Phase.start
    private var element: [UInt8] = []
    /// A fatal problem found after the last product, thrown once that product has been returned.
    private var pending: CatalogError?

    init(input: FileBytes) {
        self.input = input
    }

    mutating func nextRecord() throws(CatalogError) -> CatalogNode? {
        if let pending {
            self.pending = nil
            phase = .finished
            throw pending
        }
        switch phase {
        case .finished:
            return nil
        case .start:
            try input.skipWhitespace()
            guard try input.peekByte() == UInt8(ascii: "[") else {
                phase = .finished
                let found = try input.peekByte() == nil ? "the file is empty" : "it does not start with '['"
                throw fatal("a JSON catalog is an array of products, [{\"id\": …}, …], but \(found)")
            }
            _ = try input.nextByte()
            try input.skipWhitespace()
            if try input.peekByte() == UInt8(ascii: "]") {
                _ = try input.nextByte()
                try finish()
                return nil
            }
            phase = .elements
        case .elements:
            break
        }
        let start = input.position
        guard try input.peekByte() != nil else {
            phase = .finished
            throw fatal("the file ends before the array's closing ']'")
        }
        try captureElement(startingAt: start)
        try input.skipWhitespace()
        switch try input.nextByte() {
        case UInt8(ascii: ","):
            try input.skipWhitespace()
            if try input.peekByte() == UInt8(ascii: "]") {
                pending = fatal("a ',' before ']'; remove the trailing comma")
            }
        case UInt8(ascii: "]"):
            do { try finish() } catch { pending = error }
            phase = .finished
        case nil:
            pending = fatal("the file ends before the array's closing ']'")
        case let byte?:
            pending = CatalogError(
                .invalidCatalog,
                "invalid JSON: expected ',' or ']' after the product that starts at line \(start.line), found '\(PathSafety.visible(String(decoding: [byte], as: UTF8.self)))'",
                at: TextPosition(line: input.position.line, column: input.position.column - 1).location(in: input.path),
                isFatal: true
            )
        }
        return try JSONRecord.parse(element, from: start, path: input.path)
    }

    /// Copies one array element into `element`: an object or list up to its matching bracket,
    /// anything else up to the next `,` or `]`.
    private mutating func captureElement(startingAt start: TextPosition) throws(CatalogError) {
        element.removeAll(keepingCapacity: true)
        var depth = 0
        var inString = false
        var escaped = false
        while let byte = try input.peekByte() {
            if !inString, depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") { return }
            _ = try input.nextByte()
            guard element.count < JSONRecord.maximumBytes else {
                throw fatalAt(
                    start,
                    "the product is larger than \(JSONRecord.maximumBytes >> 20) MiB; is a '}' missing?"
                )
            }
            element.append(byte)
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return }
            default: break
            }
        }
        throw fatalAt(start, "the file ends inside this product; is a '}' or '\"' missing?")
    }

    /// After the closing `]`: only whitespace may follow.
    private mutating func finish() throws(CatalogError) {
        phase = .finished
        try input.skipWhitespace()
        if try input.peekByte() != nil {
            throw fatal("unexpected text after the array's closing ']'")
        }
    }

    private func fatal(_ message: String) -> CatalogError {
        fatalAt(input.position, message)
    }

    private func fatalAt(_ position: TextPosition, _ message: String) -> CatalogError {
        let text =
            message.hasPrefix("invalid JSON") || message.hasPrefix("a JSON") ? message : "invalid JSON: " + message
        return CatalogError(.invalidCatalog, text, at: position.location(in: input.path), isFatal: true)
    }
}
