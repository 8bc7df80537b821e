/// "Did you mean" for argument names, with a stricter closeness rule than ``NameSuggestion``'s (no
/// prefix matches, fewer edits than the shorter name has characters); the distance is the same.
enum EditDistance {
    /// The candidate nearest to `name`, when it is close enough to be a typo: at most a third of the longer name's
    /// length in edits (at least one), and fewer edits than the shorter name has characters. Ties go to the first.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let word = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = NameSuggestion.distance(word, other)
            let allowed = max(1, max(word.count, other.count) / 3)
            guard distance <= allowed, distance < min(word.count, other.count) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }
}
