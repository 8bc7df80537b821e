extension ScalarScanner {
    /// A single- or double-quoted scalar (JSON strings are double-quoted YAML scalars): `''` stands
    /// for `'`, backslash escapes decode to one scalar placed at the backslash, and line breaks fold
    /// as in plain scalars. `nil` when the text at `start` is not a well-formed quoted scalar.
    func decodeQuoted(from start: Int) -> Decoding? {
        guard start < scalars.count, scalars[start] == "'" || scalars[start] == "\"" else { return nil }
        let quote = scalars[start]
        let isSingle = quote == "'"
        var decoding = Decoding()
        var index = start + 1
        while index < scalars.count {
            var leadingBlanks = false
            while index < scalars.count && !isBlank(at: index) && !isBreak(at: index) {
                let scalar = scalars[index]
                if isSingle && scalar == "'" && index + 1 < scalars.count && scalars[index + 1] == "'" {
                    decoding.emit("'", at: index)
                    index += 2
                } else if scalar == quote {
                    break
                } else if !isSingle && scalar == "\\" && isBreak(at: index + 1) {
                    // An escaped line break joins the lines without a space.
                    index = indexAfterBreak(at: index + 1)
                    leadingBlanks = true
                    break
                } else if !isSingle && scalar == "\\" {
                    guard let (value, length) = escape(at: index) else { return nil }
                    decoding.emit(value, at: index)
                    index += length
                } else {
                    decoding.emit(scalar, at: index)
                    index += 1
                }
            }
            guard index < scalars.count else { return nil }
            if scalars[index] == quote {
                decoding.end = index
                return decoding
            }
            var whitespaces: [Int] = []
            var leadingBreak: Int?
            var trailingBreaks: [Int] = []
            while isBlank(at: index) || isBreak(at: index) {
                if isBlank(at: index) {
                    if !leadingBlanks { whitespaces.append(index) }
                    index += 1
                } else {
                    if !leadingBlanks {
                        whitespaces.removeAll()
                        leadingBreak = index
                        leadingBlanks = true
                    } else {
                        trailingBreaks.append(index)
                    }
                    index = indexAfterBreak(at: index)
                }
            }
            if leadingBlanks {
                joinBreaks(leading: leadingBreak, trailing: trailingBreaks, into: &decoding)
            } else {
                for whitespace in whitespaces { decoding.emit(scalars[whitespace], at: whitespace) }
            }
        }
        return nil
    }

    /// The scalar a backslash escape at `index` stands for and how many scalars it takes, following
    /// libyaml's list (YAML 1.1 plus JSON's `\/`); a JSON surrogate pair counts as one escape.
    func escape(at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 1 < scalars.count else { return nil }
        let simple: Unicode.Scalar? =
            switch scalars[index + 1] {
            case "0": "\u{0}"
            case "a": "\u{7}"
            case "b": "\u{8}"
            case "t", "\t": "\t"
            case "n": "\n"
            case "v": "\u{B}"
            case "f": "\u{C}"
            case "r": "\r"
            case "e": "\u{1B}"
            case " ": " "
            case "\"": "\""
            case "/": "/"
            case "\\": "\\"
            case "N": "\u{85}"
            case "_": "\u{A0}"
            case "L": "\u{2028}"
            case "P": "\u{2029}"
            default: nil
            }
        if let simple { return (simple, 2) }
        if let pair = Self.surrogatePair(in: scalars, at: index), let scalar = Unicode.Scalar(pair) {
            return (scalar, 12)
        }
        let digitCount =
            switch scalars[index + 1] {
            case "x": 2
            case "u": 4
            case "U": 8
            default: 0
            }
        guard digitCount > 0, let value = Self.hexValue(in: scalars, from: index + 2, count: digitCount),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar, 2 + digitCount)
    }

    /// The code point of a JSON surrogate-pair escape `\uD83D\uDE00` at `index`, if there is one.
    static func surrogatePair(in scalars: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 12 <= scalars.count, scalars[index] == "\\", scalars[index + 1] == "u",
            scalars[index + 6] == "\\", scalars[index + 7] == "u",
            let high = hexValue(in: scalars, from: index + 2, count: 4), (0xD800...0xDBFF).contains(high),
            let low = hexValue(in: scalars, from: index + 8, count: 4), (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return 0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)
    }

    private static func hexValue(in scalars: [Unicode.Scalar], from start: Int, count: Int) -> UInt32? {
        guard start + count <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[start..<start + count] {
            guard let digit = UInt32(String(scalar), radix: 16) else { return nil }
            value = value << 4 | digit
        }
        return value
    }
}
