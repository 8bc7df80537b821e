/// Finds the known name closest to a misspelt one, for "did you mean" hints.
///
/// Names are compared without case, `-` and `_`, so `baseURL`, `base_url` and `base-url` all match; beyond
/// that, up to one edit (insert, delete, replace or swap two neighbours) per three letters is forgiven, and a
/// name may be cut short.
enum NameSuggestion {
    /// The candidate closest to `name`, or nil when none is close enough; the first one wins a tie.
    static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let wanted = normalized(name)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let known = normalized(candidate)
            // A name the user cut short ("yahoo" for "yahoo-japan") counts as just close enough.
            let allowed = max(1, min(3, known.count / 3))
            let isPrefix = wanted.count >= 3 && known.starts(with: wanted)
            let distance = isPrefix ? min(allowed, distance(wanted, known)) : distance(wanted, known)
            guard distance <= allowed, distance < (best?.distance ?? .max) else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// The name lower-cased without `-`, `_` and spaces.
    static func normalized(_ name: String) -> [Unicode.Scalar] {
        name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " }
    }

    /// The optimal string alignment distance: insertions, deletions, replacements and swaps of neighbours.
    static func distance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous2 = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[rhs.count]
    }
}
