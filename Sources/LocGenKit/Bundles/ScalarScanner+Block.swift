extension ScalarScanner {
    /// A literal (`|`) or folded (`>`) block scalar starting at its indicator.
    ///
    /// Decodes as if the chomping were `+` (keep every final line break) and cuts the result to the
    /// expected length: clipped (`|`) and stripped (`|-`) values are prefixes of the kept one.
    func decodeBlock(from start: Int, expected: [Unicode.Scalar]) -> Decoding? {
        guard let header = blockHeader(at: start) else { return nil }
        if expected.isEmpty {
            // Nothing to place; the end is where the content would have started.
            return Decoding(end: header.contentStart)
        }
        let isLiteral = scalars[start] == "|"
        guard let increment = header.increment else {
            return cut(decodeBlockContent(from: header.contentStart, isLiteral: isLiteral, indent: nil), to: expected)
        }
        // An indentation indicator counts from the parent node's indentation, which only the parser
        // knows; it is left of the indicator, so try each column there.
        var lineStart = start
        while lineStart > 0 && !isBreak(at: lineStart - 1) { lineStart -= 1 }
        for parentIndent in 0...(start - lineStart) {
            let decoding = decodeBlockContent(
                from: header.contentStart,
                isLiteral: isLiteral,
                indent: parentIndent + increment
            )
            if let cut = cut(decoding, to: expected), cut.scalars == expected { return cut }
        }
        return nil
    }

    /// The block scalar header `|`, `>-`, `|2+`, `>+1 # comment`: its indentation indicator and
    /// where the content's first line starts.
    private func blockHeader(at start: Int) -> (increment: Int?, contentStart: Int)? {
        guard start < scalars.count, scalars[start] == "|" || scalars[start] == ">" else { return nil }
        var index = start + 1
        var increment: Int?
        func readIndicators() {
            if index < scalars.count, let digit = Int(String(scalars[index])), digit > 0 {
                increment = digit
                index += 1
            }
            if index < scalars.count && (scalars[index] == "+" || scalars[index] == "-") { index += 1 }
        }
        if index < scalars.count && (scalars[index] == "+" || scalars[index] == "-") {
            index += 1
            readIndicators()
        } else {
            readIndicators()
        }
        while isBlank(at: index) { index += 1 }
        if index < scalars.count && scalars[index] == "#" {
            while index < scalars.count && !isBreak(at: index) { index += 1 }
        }
        guard index == scalars.count || isBreak(at: index) else { return nil }
        if index < scalars.count { index = indexAfterBreak(at: index) }
        return (increment, index)
    }

    /// The content lines of a block scalar, as `yaml_parser_scan_block_scalar` reads them with
    /// `+` chomping. With no `indent`, the first non-empty line sets it.
    private func decodeBlockContent(from start: Int, isLiteral: Bool, indent fixedIndent: Int?) -> Decoding {
        var decoding = Decoding()
        var index = start
        var column = 0
        var indent = fixedIndent ?? 0
        var leadingBreak: Int?
        var trailingBreaks: [Int] = []
        var leadingBlank = false

        // Skips indentation and collects empty lines, as `yaml_parser_scan_block_scalar_breaks`.
        func scanBreaks() {
            var maxIndent = 0
            while true {
                while (indent == 0 || column < indent) && index < scalars.count && scalars[index] == " " {
                    index += 1
                    column += 1
                }
                maxIndent = max(maxIndent, column)
                guard isBreak(at: index) else { break }
                trailingBreaks.append(index)
                index = indexAfterBreak(at: index)
                column = 0
            }
            if indent == 0 { indent = max(maxIndent, 1) }
        }

        scanBreaks()
        while column == indent && index < scalars.count {
            let trailingBlank = isBlank(at: index)
            if !isLiteral, let leading = leadingBreak, isLineFeedBreak(at: leading), !leadingBlank, !trailingBlank {
                // Folding: a single line break between two lines of text becomes a space.
                if trailingBreaks.isEmpty { decoding.emit(" ", at: leading) }
            } else if let leading = leadingBreak {
                decoding.emit(breakValue(at: leading), at: leading)
            }
            leadingBreak = nil
            for index in trailingBreaks { decoding.emit(breakValue(at: index), at: index) }
            trailingBreaks.removeAll()
            leadingBlank = isBlank(at: index)
            while index < scalars.count && !isBreak(at: index) {
                decoding.emit(scalars[index], at: index)
                index += 1
                column += 1
            }
            if isBreak(at: index) {
                leadingBreak = index
                index = indexAfterBreak(at: index)
                column = 0
            }
            scanBreaks()
        }
        if let leading = leadingBreak { decoding.emit(breakValue(at: leading), at: leading) }
        for index in trailingBreaks { decoding.emit(breakValue(at: index), at: index) }
        decoding.end = index
        return decoding
    }

    /// The decoding cut to the expected length, its end moved to the first scalar cut off.
    private func cut(_ decoding: Decoding, to expected: [Unicode.Scalar]) -> Decoding? {
        guard decoding.scalars.count >= expected.count else { return nil }
        guard decoding.scalars.count > expected.count else { return decoding }
        var cut = decoding
        cut.end = decoding.indexes[expected.count]
        cut.scalars.removeSubrange(expected.count...)
        cut.indexes.removeSubrange(expected.count...)
        return cut
    }
}
