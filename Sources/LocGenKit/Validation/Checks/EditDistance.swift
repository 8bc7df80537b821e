/// The optimal-string-alignment distance (Levenshtein plus swaps of neighbours), for "did you mean" suggestions.
enum EditDistance {
    /// The candidate nearest to `name`, when it is close enough to be a typo: at most a third of the longer name's
    /// length in edits (at least one), and fewer edits than the shorter name has characters. Ties go to the first.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let word = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = self.distance(word, other)
            let allowed = max(1, max(word.count, other.count) / 3)
            guard distance <= allowed, distance < min(word.count, other.count) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
