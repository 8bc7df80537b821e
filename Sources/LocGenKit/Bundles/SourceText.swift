/// A bundle file's text as Unicode scalars, with the line starts an editor sees.
///
/// Every position locgen reports is an index into `scalars` turned into a 1-based line and column
/// here: lines end at LF, CR LF or CR (not at NEL, LS or PS, which libyaml also counts but editors
/// show inside a line), and columns count Unicode scalars.
struct SourceText {
    /// The text, without a leading byte order mark.
    let scalars: [Unicode.Scalar]
    /// The index of each line's first scalar; one more entry after a final line break.
    let lineStarts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        lineStarts = Self.lineStarts(of: scalars) { $0 == "\n" || $0 == "\r" }
    }

    /// The index where each line starts, lines ending at each scalar `isBreak` accepts and at
    /// CR LF as one break.
    static func lineStarts(of scalars: [Unicode.Scalar], breakingAt isBreak: (Unicode.Scalar) -> Bool) -> [Int] {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r" && index < scalars.count && scalars[index] == "\n" { index += 1 }
            if isBreak(scalar) { starts.append(index) }
        }
        return starts
    }

    /// The 1-based line and column of a scalar index; the end of the text is a valid index.
    func position(of index: Int) -> ValuePositions.Position {
        let index = max(0, min(index, scalars.count))
        let low = LineStarts.line(containing: index, starts: lineStarts)
        return ValuePositions.Position(line: low + 1, column: index - lineStarts[low] + 1)
    }

    /// The location of a scalar index in a file.
    func location(of index: Int, in file: String) -> SourceLocation {
        let position = position(of: index)
        return SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
    }

    /// Line `number` (1-based) without its line break; empty past the end.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : scalars.count
        while end > start && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
        return String(scalars: scalars[start..<end])
    }

    /// The lines without their line breaks; a final line break does not start another line.
    var lines: [String] {
        var lines: [String] = []
        lines.reserveCapacity(lineStarts.count)
        for (number, start) in lineStarts.enumerated() {
            var end = number + 1 < lineStarts.count ? lineStarts[number + 1] : scalars.count
            if start == scalars.count && number > 0 { break }
            while end > start && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
            lines.append(String(scalars: scalars[start..<end]))
        }
        return lines
    }

    /// The index of the first character YAML does not allow in a stream (control characters other
    /// than tab, LF and CR; U+FFFE and U+FFFF), which libyaml would reject without a line number.
    func firstDisallowedCharacter() -> Int? {
        scalars.firstIndex { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: false
            default: true
            }
        }
    }
}
