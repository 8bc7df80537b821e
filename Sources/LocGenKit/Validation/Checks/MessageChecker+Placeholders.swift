extension MessageChecker {
    /// `placeholder`: the foreign placeholders (``ForeignPlaceholder``) differ from the source's, as multisets.
    ///
    /// A missing one is reported at the key, an extra one where it stands. Runs on the raw text, so it also
    /// finds `{{name}}` in a message that does not parse.
    func checkPlaceholders(_ message: CheckedMessage, source: CheckedMessage, into findings: inout [Finding]) {
        let expected = ForeignPlaceholder.scan(source)
        let actual = ForeignPlaceholder.scan(message)
        guard !expected.isEmpty || !actual.isEmpty else { return }
        var balance: [String: Int] = [:]
        for placeholder in expected { balance[placeholder.key, default: 0] += 1 }
        for placeholder in actual { balance[placeholder.key, default: 0] -= 1 }
        var reported: Set<String> = []
        for placeholder in expected where balance[placeholder.key, default: 0] > 0 {
            guard reported.insert(placeholder.key).inserted else { continue }
            findings.append(
                Finding(
                    .placeholder,
                    "placeholder \(placeholder.text) of the source is missing here; keep it exactly as written"
                )
            )
        }
        var allowance: [String: Int] = [:]
        for placeholder in expected { allowance[placeholder.key, default: 0] += 1 }
        let sourceTexts = Self.distinct(expected.map(\.text))
        for placeholder in actual {
            if allowance[placeholder.key, default: 0] > 0 {
                allowance[placeholder.key]! -= 1
                continue
            }
            let sentence =
                sourceTexts.isEmpty
                ? "placeholder \(placeholder.text) is not in the source; remove it"
                : "placeholder \(placeholder.text) is not in the source, which has "
                    + "\(sourceTexts.joined(separator: ", ")); write it as the source does"
            findings.append(
                Finding(
                    .placeholder,
                    sentence,
                    at: placeholder.range.lowerBound
                )
            )
        }
    }

    private static func distinct(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }
}
