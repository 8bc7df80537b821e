import Yams

/// Gets a text with duplicate keys past Yams, which rejects a mapping with a repeated key and names
/// only the repeated key's first place.
///
/// Each key Yams reports is renamed by replacing one character with a private-use character, so
/// no line or column moves, and its real text is kept in `renamedKeys` for the flattener, which
/// then reports every duplicate with both places. One parse finds one duplicate; to spare a file
/// with hundreds of them hundreds of parses, the sibling search also renames the later keys of the
/// same mapping that repeat a reported key, found by indentation. That search is a guess (a line of
/// a multi-line quoted value can look like a key), so the parser checks every guessed place is a
/// key in the result and otherwise parses again without guessing.
struct DuplicateKeyRenamer {
    /// Whether to guess the other places of a reported key in its mapping.
    let searchesSiblings: Bool
    /// The real text of each renamed key, by the file index of the key.
    private(set) var renamedKeys: [Int: String] = [:]
    /// The indexes in the parser input of the keys the sibling search renamed.
    private(set) var guessedKeys: Set<Int> = []
    private var count = 0

    /// How many keys one file may have renamed.
    static let maximumRenames = 60_000

    init(searchesSiblings: Bool) {
        self.searchesSiblings = searchesSiblings
    }

    /// Renames the key at `start` (the first place of `duplicates.first`) and, when searching
    /// siblings, the later keys of its mapping that repeat one of `duplicates`; `false` when the
    /// key cannot be renamed.
    mutating func rename(_ duplicates: [String], firstAt start: Int, in input: inout ParserInput) -> Bool {
        guard rename(at: start, in: &input) else { return false }
        renamedKeys[input.sourceIndex(of: start)] = duplicates.first ?? ""
        guard searchesSiblings else { return true }
        let scanner = SiblingKeyScanner(scalars: input.scalars)
        for (index, key) in scanner.laterKeys(after: start, named: Set(duplicates)) where rename(at: index, in: &input)
        {
            renamedKeys[input.sourceIndex(of: index)] = key
            guessedKeys.insert(index)
        }
        return true
    }

    /// Makes the key at `start` unique by replacing one character with a private-use character;
    /// `false` for keys that cannot be renamed that way (aliases, collections, escapes first).
    private mutating func rename(at start: Int, in input: inout ParserInput) -> Bool {
        guard start < input.scalars.count, count < Self.maximumRenames else { return false }
        let marker =
            count < 6400 ? Unicode.Scalar(0xE000 + UInt32(count)) : Unicode.Scalar(0xF0000 + UInt32(count - 6400))
        guard let marker else { return false }
        let first = input.scalars[start]
        let next = start + 1 < input.scalars.count ? input.scalars[start + 1] : nil
        switch first {
        case "\"", "'":
            guard let next else { return false }
            if next == first && (start + 2 >= input.scalars.count || input.scalars[start + 2] != first) {
                // An empty quoted key becomes a two-character plain key.
                input.scalars[start] = marker
                input.scalars[start + 1] = marker
            } else if next != first && next != "\\" && next != " " && next != "\t" && !ScalarScanner.isBreak(next) {
                input.scalars[start + 1] = marker
            } else {
                return false
            }
        case "*", "[", "{", "?", "&", "!", " ", "\t":
            return false
        default:
            guard !ScalarScanner.isBreak(first) else { return false }
            input.scalars[start] = marker
        }
        count += 1
        return true
    }

    /// The parser-input index of every mapping key's content in a document, visiting each node
    /// once even where aliases repeat it.
    static func keyIndexes(in root: Node, input: ParserInput) -> Set<Int> {
        let scanner = ScalarScanner(scalars: input.scalars)
        var keys: Set<Int> = []
        var visited: Set<Int> = []
        var pending = [root]
        while let node = pending.popLast() {
            guard let mark = node.mark, visited.insert(input.index(of: mark)).inserted else { continue }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    if let keyMark = key.mark { keys.insert(scanner.contentStart(from: input.index(of: keyMark))) }
                    pending += [key, value]
                }
            case .sequence(let sequence):
                pending += Array(sequence)
            case .scalar, .alias:
                break
            }
        }
        return keys
    }
}
