/// The relative links of a one-year project's Markdown, rewritten for the files' places in a
/// several-year one: a narrative moves from `policies/` to `years/<YYYY>/policies/` (two folders
/// deeper), report.yml to `years/<YYYY>/`. Links are resolved as an editor previews them, relative
/// to their file, so a link that leaves its folder gains `../../`; links within the folder (another
/// policy's `framework.md`) and absolute ones stay. Markdown's inline `](…)`, reference definitions
/// `]: …` and the `src="…"` of raw HTML are rewritten.
enum MovedLinks {
    /// A narrative moved from `policies/` to `years/<YYYY>/policies/`.
    static func narrative(_ text: String) -> String {
        rewrite(text) { $0.hasPrefix("../") }
    }

    /// A Markdown field of report.yml moved from `Content/` to `years/<YYYY>/`.
    static func field(_ text: String) -> String {
        rewrite(text) { $0.hasPrefix("assets/") }
    }

    /// `../../` before every link destination for which `leaves` holds.
    static func rewrite(_ text: String, _ leaves: (Substring) -> Bool) -> String {
        var out = ""
        var rest = Substring(text)
        let openers = ["](<", "](", "]: ", "src=\""]
        while let range = openers.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            var end = range.upperBound
            if rest[range.lowerBound...].hasPrefix("](<") { end = rest.index(range.lowerBound, offsetBy: 3) }
            out += rest[..<end]
            rest = rest[end...]
            if leaves(rest) { out += "../../" }
        }
        out += rest
        return out
    }
}
