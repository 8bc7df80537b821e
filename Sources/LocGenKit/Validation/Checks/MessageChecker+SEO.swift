import LocGenICU

extension MessageChecker {
    /// `seo-length`: a title or description (by ``ValidationOptions/SEOBudgets``) wider than its budget.
    ///
    /// The width is that of the text as shown when every plural and select takes `other`, in display cells:
    /// East Asian wide and fullwidth characters count two, combining marks none (``SourceSnippet/width(of:)``).
    /// The argument values are not known, so an approximation stands in: each argument counts as long as its
    /// name (`{product}` as 7 cells) and `#` as two digits. A message that does not parse is measured as written.
    /// The finding points at the first character past the budget.
    func checkSEOLength(_ message: CheckedMessage, key: String, into findings: inout [Finding]) {
        guard let field = seoFields.first(where: { $0.matches(key) }) else { return }
        let budget = field.budget
        var meter = WidthMeter(budget: budget)
        if let pattern = message.pattern {
            let delimiters = pattern.quoteDelimiters
            for node in message.otherPath {
                switch node {
                case .text(_, let range):
                    message.forEachLiteralScalar(in: range, delimiters: delimiters) { meter.add($0, at: $1) }
                case .pound(let range):
                    meter.add(width: 2, at: range.lowerBound)
                case .argument(let argument):
                    meter.add(width: argument.name.unicodeScalars.count, at: argument.range.lowerBound)
                }
            }
        } else {
            for (offset, scalar) in message.scalars.enumerated() { meter.add(scalar, at: offset) }
        }
        guard let overflow = meter.overflowOffset else { return }
        let wide = meter.hasWideCharacters ? " (CJK characters count double)" : ""
        findings.append(
            Finding(
                .seoLength,
                "\(field.name) is \(meter.width) cells wide; search engines show about \(budget)\(wide) — "
                    + "shorten it by \(meter.width - budget)",
                at: overflow
            )
        )
    }
}

extension CheckedMessage {
    /// Calls `body` with each scalar ICU shows for the literal text in `range` and where it is written: quote
    /// delimiters are skipped and `''` is one apostrophe.
    func forEachLiteralScalar(in range: Range<Int>, delimiters: Set<Int>, _ body: (Unicode.Scalar, Int) -> Void) {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "'" {
                if index + 1 < range.upperBound, scalars[index + 1] == "'" {
                    body("'", index)
                    index += 2
                    continue
                }
                if delimiters.contains(index) {
                    index += 1
                    continue
                }
            }
            body(scalar, index)
            index += 1
        }
    }
}
