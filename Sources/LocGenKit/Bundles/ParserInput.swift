import Yams

/// The text handed to Yams, and the way back from Yams's marks to indexes in the file.
///
/// The text may differ from the file in ways that keep every line and column: a key's first
/// character replaced (to get past Yams's duplicate-key error), aliases replaced (for the
/// alias-key safety pass). For JSON, surrogate-pair escapes (`\ud83d\ude00`, which JSON allows
/// and libyaml rejects) are rewritten as one `\U0001F600` escape, two scalars shorter; `shifts`
/// records that so marks after it on the line still map back exactly.
struct ParserInput {
    var scalars: [Unicode.Scalar]
    /// The index where each of libyaml's lines starts: it ends lines at LF, CR LF, CR, NEL, LS and PS.
    let lineStarts: [Int]
    /// For each rewrite, the first index after it and how many scalars were removed up to there.
    private let shifts: [(index: Int, removed: Int)]

    init(source: SourceText, rewritesSurrogatePairs: Bool) {
        var shifts: [(index: Int, removed: Int)] = []
        scalars =
            rewritesSurrogatePairs ? Self.rewritingSurrogatePairs(source.scalars, shifts: &shifts) : source.scalars
        self.shifts = shifts
        lineStarts = SourceText.lineStarts(of: scalars, breakingAt: ScalarScanner.isBreak)
    }

    /// The text as a string for Yams.
    var text: String { String(scalars: scalars) }

    /// The index in ``scalars`` a Yams mark (1-based line and column in scalars) points at.
    func index(of mark: Mark) -> Int {
        let line = max(1, min(mark.line, lineStarts.count))
        return max(0, min(lineStarts[line - 1] + mark.column - 1, scalars.count))
    }

    /// The index in the file's text of an index in ``scalars``.
    func sourceIndex(of index: Int) -> Int {
        // The last shift at or before the index, by binary search: a JSON file may have thousands.
        var low = 0
        var high = shifts.count
        while low < high {
            let middle = (low + high) / 2
            if shifts[middle].index <= index { low = middle + 1 } else { high = middle }
        }
        return index + (low > 0 ? shifts[low - 1].removed : 0)
    }

    /// The index in the file's text a Yams mark points at.
    func sourceIndex(of mark: Mark) -> Int {
        sourceIndex(of: index(of: mark))
    }

    /// The indexes of everything that looks like an alias (`*name`), also inside text; finding
    /// real aliases would take a YAML scanner, and a false hit only costs a second parse.
    func aliasCandidates() -> [Int] {
        scalars.indices.filter { index in
            scalars[index] == "*" && index + 1 < scalars.count && Self.isAnchorCharacter(scalars[index + 1])
        }
    }

    /// Whether a scalar can be part of an anchor or alias name, as libyaml allows (`IS_ALPHA`).
    static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "a"..."z", "A"..."Z", "_", "-": true
        default: false
        }
    }

    private static func rewritingSurrogatePairs(
        _ scalars: [Unicode.Scalar],
        shifts: inout [(index: Int, removed: Int)]
    ) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\\", index + 1 < scalars.count else {
                output.append(scalars[index])
                index += 1
                continue
            }
            if let value = ScalarScanner.surrogatePair(in: scalars, at: index) {
                let digits = String(value, radix: 16, uppercase: true)
                output.append(
                    contentsOf: "\\U\(String(repeating: "0", count: 8 - digits.count))\(digits)".unicodeScalars
                )
                index += 12
                shifts.append((output.count, (shifts.last?.removed ?? 0) + 2))
            } else {
                // Copy the escaped character too, so that `\\u…` stays an escaped backslash.
                output.append(contentsOf: scalars[index...index + 1])
                index += 2
            }
        }
        return output
    }
}
