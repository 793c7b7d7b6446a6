import Foundation

/// The text an action is found by on `actions.html`, normalised once at build time so that the
/// page's script only has to normalise what the reader types.
///
/// Both sides go through the same three steps, which `assets/plansite-search.js` repeats for the
/// query: NFKC (full- and half-width alike, `ｺﾐｭﾆﾃｨ` → `コミュニティ`, the ideographic space
/// becomes a space), lower case, and katakana → hiragana (`コミュニティ` and `こみゅにてぃ`
/// match). A query matches when each of its space-separated words is a substring.
enum SearchText {
    /// The searched fields of an action, normalised and joined by a line break (which no word
    /// of a query can contain, so a word never matches across two fields).
    static func of(_ action: Action) -> String {
        let fields: [String?] = [action.title.value, action.plan?.value, action.result?.value, action.department?.value,
                                 action.challenges?.value, action.nextSteps?.value, action.note?.value]
        return fields.compactMap { $0.map(normalize) }.joined(separator: "\n")
    }

    static func normalize(_ text: String) -> String {
        // Foundation's NFKC on Linux leaves a half-width voiced mark uncomposed (ﾍﾞ → ヘ + U+3099,
        // where NFKC gives ベ), so the canonical composition runs once more.
        let folded = text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(folded.unicodeScalars.count)
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            // ァ…ヶ and ヽヾ sit exactly 0x60 above ぁ…ゖ and ゝゞ.
            case 0x30A1...0x30F6, 0x30FD...0x30FE: scalars.append(Unicode.Scalar(scalar.value - 0x60)!)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The words of a query: normalised, split on white space, empty words dropped.
    static func words(_ query: String) -> [String] {
        normalize(query).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    static func matches(_ text: String, query: String) -> Bool {
        words(query).allSatisfy { text.contains($0) }
    }
}
