/// Guesses the later keys of a block mapping (or of pretty-printed JSON) from indentation alone:
/// a line that starts at the same column as a key, before any line that starts further left, holds
/// the next key of the same mapping. ``DuplicateKeyRenamer`` checks every guess afterwards.
struct SiblingKeyScanner {
    let scalars: [Unicode.Scalar]

    /// The keys among `names` written at the start of a later line of the mapping whose key starts
    /// at `start`, with their indexes; none when that key does not start its line.
    func laterKeys(after start: Int, named names: Set<String>) -> [(Int, String)] {
        var lineStart = start
        while lineStart > 0 && !ScalarScanner.isBreak(scalars[lineStart - 1]) { lineStart -= 1 }
        guard scalars[lineStart..<start].allSatisfy({ $0 == " " }) else { return [] }
        let column = start - lineStart
        var found: [(Int, String)] = []
        var index = nextLine(after: start)
        while index < scalars.count {
            var first = index
            while first < scalars.count && scalars[first] == " " { first += 1 }
            if first == scalars.count { break }
            if ScalarScanner.isBreak(scalars[first]) || scalars[first] == "#" {
                index = nextLine(after: first)
                continue
            }
            if first - index < column { break }
            if first - index == column, let key = key(at: first), names.contains(key) {
                found.append((first, key))
            }
            index = nextLine(after: first)
        }
        return found
    }

    /// The text of a key written at `start` and followed by `:`, or `nil`.
    private func key(at start: Int) -> String? {
        let scanner = ScalarScanner(scalars: scalars)
        var text = String.UnicodeScalarView()
        var index = start
        if scalars[start] == "\"" || scalars[start] == "'" {
            guard let decoding = scanner.decodeQuoted(from: start) else { return nil }
            text.append(contentsOf: decoding.scalars)
            index = decoding.end + 1
            while scanner.isBlank(at: index) { index += 1 }
            guard index < scalars.count && scalars[index] == ":" else { return nil }
            return String(text)
        }
        while index < scalars.count && !ScalarScanner.isBreak(scalars[index]) {
            let atColon =
                scalars[index] == ":"
                && (index + 1 == scalars.count || scanner.isBlank(at: index + 1)
                    || ScalarScanner.isBreak(scalars[index + 1]))
            if atColon || (scalars[index] == "#" && index > start && scanner.isBlank(at: index - 1)) { break }
            text.append(scalars[index])
            index += 1
        }
        guard index < scalars.count && scalars[index] == ":" else { return nil }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }

    private func nextLine(after index: Int) -> Int {
        var index = index
        while index < scalars.count && !ScalarScanner.isBreak(scalars[index]) { index += 1 }
        return index < scalars.count ? ScalarScanner(scalars: scalars).indexAfterBreak(at: index) : index
    }
}
