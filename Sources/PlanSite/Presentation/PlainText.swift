import Foundation

/// Text for places that take no markup (a page's description): rendered inline Markdown with
/// its tags taken away and its entities read back, in one line.
enum PlainText {
    static func of(html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            case "\n" where !inTag: out.append(" ")
            default: if !inTag { out.append(character) }
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
