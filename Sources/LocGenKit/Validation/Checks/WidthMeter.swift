/// Adds up display cells and remembers where a budget was first exceeded.
struct WidthMeter {
    let budget: Int
    private(set) var width = 0
    private(set) var overflowOffset: Int?
    private(set) var hasWideCharacters = false

    init(budget: Int) { self.budget = budget }

    mutating func add(_ scalar: Unicode.Scalar, at offset: Int) {
        // Printable ASCII takes one cell; only the rest needs the Unicode tables.
        let cells = (0x20..<0x7F).contains(scalar.value) ? 1 : SourceSnippet.width(of: scalar)
        if cells == 2 { hasWideCharacters = true }
        add(width: cells, at: offset)
    }

    mutating func add(width cells: Int, at offset: Int) {
        width += cells
        if width > budget, overflowOffset == nil { overflowOffset = offset }
    }
}
