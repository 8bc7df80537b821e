import Yams

/// Re-reads one YAML or JSON scalar from the file to find where each scalar of its decoded value
/// is written, through quoting, escapes, folded lines and block indentation.
///
/// Yams gives a value and the mark where it starts, not where each character came from. The
/// scanner follows libyaml's own scanning rules (`scanner.c`: `yaml_parser_scan_plain_scalar`,
/// `…_flow_scalar`, `…_block_scalar`) and is checked against the value Yams decoded: when the two
/// differ, it gives up and the caller falls back to the value's start.
struct ScalarScanner {
    /// The file's text.
    let scalars: [Unicode.Scalar]

    /// A decoded value so far, with the index each of its scalars came from.
    struct Decoding {
        var scalars: [Unicode.Scalar] = []
        var indexes: [Int] = []
        /// The index just past the value.
        var end = 0

        mutating func emit(_ scalar: Unicode.Scalar, at index: Int) {
            scalars.append(scalar)
            indexes.append(index)
        }
    }

    /// The index of each scalar of `expected` in the file, plus one for the end of the value; `nil`
    /// when re-reading the scalar that starts at `start` does not give `expected`.
    func sourceIndexes(of expected: [Unicode.Scalar], style: Node.Scalar.Style, at start: Int) -> [Int]? {
        guard start < scalars.count || expected.isEmpty else { return nil }
        let decoding: Decoding?
        switch style {
        case .singleQuoted, .doubleQuoted:
            decoding = decodeQuoted(from: start)
        case .literal, .folded:
            decoding = decodeBlock(from: start, expected: expected)
        case .plain, .any:
            decoding = decodePlain(from: start, count: expected.count)
        }
        guard let decoding, decoding.scalars == expected else { return nil }
        return decoding.indexes + [decoding.end]
    }

    /// Where a node's content starts: past any anchor (`&name`) and tag (`!!str`) in front of it,
    /// which libyaml includes in the node's mark, and past the spaces, line breaks and comments
    /// after them.
    func contentStart(from start: Int) -> Int {
        var index = start
        while index < scalars.count && (scalars[index] == "&" || scalars[index] == "!") {
            while index < scalars.count && !isBlank(at: index) && !isBreak(at: index) { index += 1 }
            while index < scalars.count && (isBlank(at: index) || isBreak(at: index) || scalars[index] == "#") {
                if scalars[index] == "#" {
                    while index < scalars.count && !isBreak(at: index) { index += 1 }
                } else {
                    index += 1
                }
            }
        }
        return index
    }

    /// A plain scalar: text as written, with a single line break folded into a space, more line
    /// breaks kept as `count - 1` newlines, and spaces around line breaks dropped. Stops after
    /// `count` scalars, since where a plain scalar ends depends on context the scanner lacks.
    private func decodePlain(from start: Int, count: Int) -> Decoding {
        var decoding = Decoding()
        var index = start
        var whitespaces: [Int] = []
        var leadingBreak: Int?
        var trailingBreaks: [Int] = []
        while decoding.scalars.count < count && index < scalars.count {
            if isBlank(at: index) {
                if leadingBreak == nil { whitespaces.append(index) }
                index += 1
            } else if isBreak(at: index) {
                if leadingBreak == nil {
                    whitespaces.removeAll()
                    leadingBreak = index
                } else {
                    trailingBreaks.append(index)
                }
                index = indexAfterBreak(at: index)
            } else {
                if leadingBreak != nil {
                    joinBreaks(leading: leadingBreak, trailing: trailingBreaks, into: &decoding)
                    leadingBreak = nil
                    trailingBreaks.removeAll()
                } else {
                    for whitespace in whitespaces { decoding.emit(scalars[whitespace], at: whitespace) }
                    whitespaces.removeAll()
                }
                decoding.emit(scalars[index], at: index)
                index += 1
            }
        }
        decoding.end = index
        return decoding
    }

    /// Folds the line breaks between two pieces of a plain or quoted scalar the way libyaml does:
    /// one break becomes a space (at the break), each further break a newline (at that break).
    func joinBreaks(leading: Int?, trailing: [Int], into decoding: inout Decoding) {
        if let leading, isLineFeedBreak(at: leading) {
            if trailing.isEmpty {
                decoding.emit(" ", at: leading)
            } else {
                for index in trailing { decoding.emit(breakValue(at: index), at: index) }
            }
        } else {
            if let leading { decoding.emit(breakValue(at: leading), at: leading) }
            for index in trailing { decoding.emit(breakValue(at: index), at: index) }
        }
    }

    // MARK: Characters, as libyaml classifies them

    func isBlank(at index: Int) -> Bool {
        index < scalars.count && (scalars[index] == " " || scalars[index] == "\t")
    }

    func isBreak(at index: Int) -> Bool {
        index < scalars.count && Self.isBreak(scalars[index])
    }

    /// A line break as libyaml sees one: LF, CR, NEL, LS or PS.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// CR, LF and NEL, which libyaml reads as `\n` and folds; LS and PS are kept as they are.
    func isLineFeedBreak(at index: Int) -> Bool {
        index < scalars.count && (scalars[index] == "\n" || scalars[index] == "\r" || scalars[index].value == 0x85)
    }

    /// What a line break becomes in a value.
    func breakValue(at index: Int) -> Unicode.Scalar {
        isLineFeedBreak(at: index) ? "\n" : scalars[index]
    }

    func indexAfterBreak(at index: Int) -> Int {
        scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? index + 2 : index + 1
    }
}
