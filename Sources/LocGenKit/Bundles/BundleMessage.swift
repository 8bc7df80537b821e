/// One message of a locale bundle: its dotted id, its text, and where both are in the file.
public struct BundleMessage: Sendable, Equatable {
    /// The dotted id (`product.stock_left`) made from the nested keys.
    public var key: String
    /// The message text, an ICU MessageFormat pattern.
    public var value: String
    /// Where the key is written (its last segment).
    public var keyLocation: SourceLocation
    /// Where the value's first character is.
    public var valueLocation: SourceLocation
    /// The file position of every Unicode scalar of `value`, and one past the end; lets a finding
    /// inside a message point at the exact character in the translator's file, through quoting,
    /// escapes and folded lines.
    public var valuePositions: ValuePositions

    public init(key: String, value: String, keyLocation: SourceLocation, valueLocation: SourceLocation, valuePositions: ValuePositions) {
        self.key = key
        self.value = value
        self.keyLocation = keyLocation
        self.valueLocation = valueLocation
        self.valuePositions = valuePositions
    }

    /// The file location of the scalar at `offset` in ``value``.
    public func location(ofOffset offset: Int) -> SourceLocation {
        valuePositions.location(ofOffset: offset, fallback: valueLocation)
    }
}

/// Maps a Unicode-scalar offset inside a value to its line and column in the file.
public struct ValuePositions: Sendable, Equatable {
    /// Line and column (1-based) of each scalar of the value, plus one entry for the end.
    /// Empty when the positions are unknown; then every offset maps to the value's start.
    public var positions: [Position]

    public struct Position: Sendable, Equatable {
        public var line: Int32
        public var column: Int32
        public init(line: Int, column: Int) {
            self.line = Int32(line)
            self.column = Int32(column)
        }
    }

    public init(positions: [Position]) { self.positions = positions }

    /// A value written on one line with no escapes: scalar *n* is at `column + n`.
    public static func contiguous(line: Int, column: Int, count: Int) -> ValuePositions {
        ValuePositions(positions: (0...count).map { Position(line: line, column: column + $0) })
    }

    public func location(ofOffset offset: Int, fallback: SourceLocation) -> SourceLocation {
        guard !positions.isEmpty else { return fallback }
        let position = positions[max(0, min(offset, positions.count - 1))]
        return SourceLocation(file: fallback.file, line: Int(position.line), column: Int(position.column))
    }
}
