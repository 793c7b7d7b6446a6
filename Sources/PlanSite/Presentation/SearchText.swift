import Foundation
import PlanSiteCore

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
        // The title and every optional text (plan, result, department, challenges, next steps, note),
        // gathered in one buffer: one string per action, not one per field and then a joined one.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(action.title.value.utf8.count * 2 + 256)
        append(action.title.value, to: &bytes)
        for text in action.texts.values {
            guard let text else { continue }
            bytes.append(0x0A)
            append(text.value, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func normalize(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `normalize(text)` appended as UTF-8.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        let start = bytes.count
        if !appendFast(text, to: &bytes) {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: full(text).utf8)
        }
    }

    /// Most Japanese text is kanji, kana, ASCII, full-width ASCII and CJK punctuation, which NFKC
    /// leaves alone or maps one to one: done here scalar by scalar, 10–20 times faster than
    /// Foundation (2.2 s for 128,000 fields of 32,000 actions). `nil` for anything else (half-width
    /// katakana, circled numbers, combining marks, …), which takes the full path. A test holds
    /// every scalar this accepts to the full path's answer.
    ///
    /// The result is gathered as UTF-8 bytes: appending to a `String.UnicodeScalarView` took
    /// about 500 instructions a scalar, a tenth of the whole build.
    static func fast(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        return appendFast(text, to: &bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// `fast(text)` appended as UTF-8; `false` (with part of it appended) where `fast` gives `nil`.
    private static func appendFast(_ text: String, to bytes: inout [UInt8]) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let mapped: UInt32
            switch v {
            case 0x41...0x5A: mapped = v + 0x20  // A–Z
            case 0x09, 0x0A, 0x0D, 0x20...0x7E: mapped = v
            case 0x3001...0x3007, 0x3008...0x301F: mapped = v  // 、。々〆〇 and brackets
            case 0x3041...0x3096, 0x309D...0x309E: mapped = v  // hiragana
            case 0x30A1...0x30F6, 0x30FD...0x30FE: mapped = v - 0x60  // katakana → hiragana
            case 0x30F7...0x30FC: mapped = v  // ヷ…ヺ ・ ー
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: mapped = v  // kanji
            case 0xFF21...0xFF3A: mapped = v - 0xFEE0 + 0x20  // Ａ–Ｚ → a–z
            case 0xFF01...0xFF5E: mapped = v - 0xFEE0  // other full-width ASCII
            default: return false
            }
            // Every mapped scalar is below U+10000: one, two or three bytes.
            if mapped < 0x80 {
                bytes.append(UInt8(mapped))
            } else if mapped < 0x800 {
                bytes.append(UInt8(0xC0 | mapped >> 6))
                bytes.append(UInt8(0x80 | mapped & 0x3F))
            } else {
                bytes.append(UInt8(0xE0 | mapped >> 12))
                bytes.append(UInt8(0x80 | mapped >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | mapped & 0x3F))
            }
        }
        return true
    }

    /// NFKC, NFC, lower case, katakana → hiragana, with Foundation.
    static func full(_ text: String) -> String {
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
