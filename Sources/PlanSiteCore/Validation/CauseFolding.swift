/// One cause, one error: problems that only follow from another are folded under it, and a
/// problem found twice (a narrative rendered for two policies of the same id) is shown once.
///
/// The causes known: a duplicate policy id leaves a narrative without its policy (the id the
/// copy should have had); a narrative without a policy makes every link to it point nowhere.
public enum CauseFolding {
    public static func fold(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // The same line twice is one problem.
        var seen: Set<String> = []
        var list = diagnostics.filter { seen.insert($0.line).inserted }

        // Narratives without a policy, by the id their file name gives.
        var orphans: [String: Int] = [:]
        for (i, d) in list.enumerated() {
            if let id = quoted(d.message, after: "no policy has the id \""), d.message.contains("a narrative's file name") {
                orphans[id] = i
            }
        }
        guard !orphans.isEmpty else { return list }
        var folded: Set<Int> = []
        // Links to such a narrative's policy follow from it.
        for (i, d) in list.enumerated() {
            guard let url = quoted(d.message, after: "link \""), d.message.contains("no policy"),
                let target = orphans[policyID(of: url)], target != i
            else { continue }
            list[target].consequences.append(d)
            folded.insert(i)
        }
        // A duplicate policy id is why a narrative lost its policy.
        if let duplicate = list.indices.first(where: { list[$0].message.hasPrefix("duplicate policy id \"") }) {
            for i in orphans.values.sorted() {
                var orphan = list[i]
                let links = orphan.consequences
                orphan.consequences = []
                list[duplicate].consequences += [orphan] + links
                folded.insert(i)
            }
        }
        return list.indices.filter { !folded.contains($0) }.map { list[$0] }
    }

    /// The text between `prefix` and the next `"`.
    static func quoted(_ message: String, after prefix: String) -> String? {
        guard let start = message.range(of: prefix)?.upperBound,
            let end = message[start...].firstIndex(of: "\"")
        else { return nil }
        return String(message[start..<end])
    }

    /// `framework.md#x`, `../policies/framework.md`, `framework.html` → `framework`.
    static func policyID(of url: String) -> String {
        var name = Substring(url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        for suffix in [".md", ".html"] where name.hasSuffix(suffix) { name = name.dropLast(suffix.count) }
        return String(name)
    }
}
