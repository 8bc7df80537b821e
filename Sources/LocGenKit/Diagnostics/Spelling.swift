/// Suggestions for misspelt names, for "did you mean …?" in error messages.
enum Spelling {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a slip:
    /// at most two edits, or a third of the word's length for long words, or a candidate that
    /// starts with a word of three or more characters (`warn` → `warning`). Ties go to the
    /// earlier candidate.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let word = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, candidate.lowercased())
            let isClose = distance <= max(2, word.count / 3) || (word.count >= 3 && candidate.hasPrefix(word))
            if isClose, distance < best?.distance ?? .max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` to end a message with, or an empty string when nothing is close.
    static func suggestion(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over characters: insertions, deletions and substitutions.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let lhs = Array(lhs)
        let rhs = Array(rhs)
        guard !lhs.isEmpty else { return rhs.count }
        var previous = Array(0...rhs.count)
        for (i, left) in lhs.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: rhs.count)
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
