/// What `plansite import` writes where it had nothing to go on — a `TODO` title, a guessed
/// fiscal year — each marked by a `# TODO plansite import` comment: an error in `check` and
/// `build` until the author writes the real value (and deletes the comment), so that a
/// placeholder is never published.
public enum PlaceholderCheck {
    /// The marker `plansite import` ends a placeholder's line with.
    public static let marker = "# TODO plansite import"

    public static func find(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        guard contains(bytes, Array("TODO".utf8)) else { return [] }
        var found: [Diagnostic] = []
        let text = String(decoding: bytes, as: UTF8.self)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix(" "), !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            var value = line[line.index(after: colon)...]
            let marked = value.range(of: marker).map { value = value[..<$0.lowerBound]; return true } ?? false
            let written = value.trimmingPrefix(" ").reversed().drop { $0 == " " || $0 == "\r" }.reversed()
            let shown = String(written)
            let column = line.distance(from: line.startIndex, to: colon) + 3
            let at = SourcePosition(line: index + 1, column: column)
            if key == "title", shown.hasPrefix("TODO") {
                found.append(Diagnostic(file: file, position: at,
                                        message: "title is still the placeholder plansite import wrote (\"\(shown)\"); write the report's title"
                                            + (marked ? " and delete the \"\(marker)\" comment" : "")))
            } else if marked, key == "fiscal_year" {
                found.append(Diagnostic(file: file, position: at,
                                        message: "fiscal_year \(shown) is the guess plansite import wrote; write the year the report's fiscal year starts (2013 for 平成25年度) and delete the \"\(marker)\" comment"))
            } else if marked {
                found.append(Diagnostic(file: file, position: at,
                                        message: "\(key) is still a placeholder plansite import wrote; replace it and delete the \"\(marker)\" comment"))
            }
        }
        return found
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], Array(bytes[i..<i + needle.count]) == needle { return true }
            i += 1
        }
        return false
    }
}
