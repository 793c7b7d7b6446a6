import Foundation

/// What `plansite import` writes where it had nothing to go on — a `TODO` title, a guessed
/// fiscal year — each marked by a `# TODO plansite import` comment: an error in `check` and
/// `build` until the author writes the real value, so that a placeholder is never published.
///
/// The title is a placeholder while it starts with `TODO`; the fiscal year while it is still the
/// year the comment names as the guess (or, in a comment naming none, while the comment is
/// there); any other marked value while its comment is there.
public enum PlaceholderCheck {
    /// The marker `plansite import` ends a placeholder's line with.
    public static let marker = "# TODO plansite import"

    /// A top-level line that still holds a placeholder.
    struct Placeholder {
        var line: Int
        var key: String
        /// The value as written, without the comment.
        var value: String
        /// The line without its comment, and the comment with the spaces before it.
        var bare: Substring
        var comment: Substring?
    }

    public static func find(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        placeholders(in: bytes).map { found in
            let at = SourcePosition(line: found.line, column: found.key.count + 3)
            let delete = found.comment == nil ? "" : " and delete the \"\(marker)\" comment"
            switch found.key {
            case "title":
                return Diagnostic(
                    file: file, position: at,
                    message: "title is still the placeholder plansite import wrote (\"\(found.value)\"); write the report's title" + delete)
            case "fiscal_year":
                return Diagnostic(
                    file: file, position: at,
                    message:
                        "fiscal_year \(found.value) is the guess plansite import wrote; write the year the report's fiscal year starts (2013 for 平成25年度) and delete the \"\(marker)\" comment"
                )
            default:
                return Diagnostic(
                    file: file, position: at,
                    message: "\(found.key) is still a placeholder plansite import wrote; replace it and delete the \"\(marker)\" comment")
            }
        }
    }

    /// `new` (a report.yml written over `old`) with the marks of `old`'s placeholders kept on the
    /// lines that still hold them: a guessed year kept from the old file is still a guess.
    public static func carryMarks(from old: [UInt8], to new: String) -> String {
        var marked: [Substring: Substring] = [:]
        for found in placeholders(in: old) { if let comment = found.comment { marked[found.bare] = comment } }
        guard !marked.isEmpty else { return new }
        return new.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard !line.contains(marker), let comment = marked[line] else { return String(line) }
            return String(line + comment)
        }.joined(separator: "\n")
    }

    static func placeholders(in bytes: [UInt8]) -> [Placeholder] {
        guard contains(bytes, Array("TODO".utf8)) else { return [] }
        var found: [Placeholder] = []
        let text = String(decoding: bytes, as: UTF8.self)
        for (index, whole) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = whole.hasSuffix("\r") ? whole.dropLast() : whole
            guard !line.hasPrefix(" "), !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            var bare = line
            var comment: Substring?
            if let range = line.range(of: marker) {
                var start = range.lowerBound
                while start > line.startIndex, line[line.index(before: start)] == " " { start = line.index(before: start) }
                bare = line[..<start]
                comment = line[start...]
            }
            let value = String(bare[bare.index(after: colon)...].drop { $0 == " " })
            let entry = Placeholder(line: index + 1, key: key, value: value, bare: bare, comment: comment)
            switch key {
            case "title":
                if value.hasPrefix("TODO") { found.append(entry) }
            case "fiscal_year":
                guard let comment else { continue }
                let guess = comment.split { !$0.isASCII || !$0.isNumber }.first { $0.count == 4 }
                if guess == nil || String(guess!) == value { found.append(entry) }
            default:
                if comment != nil { found.append(entry) }
            }
        }
        return found
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count, !needle.isEmpty else { return false }
        // memchr to each candidate first byte: a byte at a time took 10 ms of a 14 MB report.
        return bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { wanted in
                var start = 0
                while start + wanted.count <= haystack.count,
                    let hit = memchr(haystack.baseAddress! + start, Int32(wanted[0]), haystack.count - start)
                {
                    let at = haystack.baseAddress!.distance(to: UnsafeRawPointer(hit))
                    if at + wanted.count <= haystack.count, memcmp(haystack.baseAddress! + at, wanted.baseAddress!, wanted.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
    }
}
