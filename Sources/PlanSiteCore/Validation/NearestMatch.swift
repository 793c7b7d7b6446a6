/// Suggestions for misspelt keys and ids: the closest valid candidate, if it is close enough.
public enum NearestMatch {
    /// The candidate with the smallest edit distance to `word`, when that distance is small
    /// compared with the word (at most a third of its length, and at least 1 edit allowed).
    public static func suggestion(for word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            // Ties go to the alphabetically first candidate, so the answer never depends on order.
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, max(target.count, candidate.unicodeScalars.count) / 3)
        return distance <= limit ? candidate : nil
    }

    /// ` (did you mean "x"?)`, or nothing when no candidate is close.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        guard let match = suggestion(for: word, in: candidates), match != word else { return "" }
        return " (did you mean \"\(match)\"?)"
    }

    /// Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbours is one edit.
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
