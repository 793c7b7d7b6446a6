import Foundation

/// The mistakes people make typing YAML by hand, recognised in the text itself, so that the
/// message says what to do instead of what libyaml's scanner was doing when it gave up.
///
/// `indentation(in:)` runs before parsing (a tab or a full-width space before a key is never
/// meant: libyaml would read `　　title` as a key of the outer mapping); `explain(_:in:)` runs
/// only after a syntax error and looks at the line libyaml stopped on and the lines above it.
package enum CommonMistakes {
    /// A hint: its message and where it points.
    package struct Hint: Equatable {
        package var message: String
        package var position: SourcePosition
    }

    /// Lines whose indentation holds a tab or a full-width space before a key or a list item.
    package static func indentation(in bytes: some Collection<UInt8>) -> [Hint] {
        // Cheap test first: most files hold neither a tab nor U+3000 (E3 80 80) at all.
        let tab =
            bytes.withContiguousStorageIfAvailable { buffer in buffer.baseAddress.map { memchr($0, 0x09, buffer.count) != nil } ?? false }
            ?? bytes.contains(0x09)
        guard tab || containsFullWidthSpace(bytes) else { return [] }
        var hints: [Hint] = []
        for (index, line) in lines(of: bytes).enumerated() {
            var column = 0
            var tabs = 0
            var wide = 0
            for character in line {
                if character == " " {
                    column += 1
                } else if character == "\t" {
                    tabs += 1
                    column += 1
                } else if character == "\u{3000}" {
                    wide += 1
                    column += 1
                } else {
                    break
                }
            }
            guard tabs + wide > 0 else { continue }
            let rest = line.dropFirst(column)
            guard rest.hasPrefix("- ") || rest == "-" || startsWithKey(rest) else { continue }
            let what = wide > 0 ? "full-width spaces (\u{3000})" : "a tab"
            hints.append(
                Hint(
                    message:
                        "line \(index + 1) is indented with \(what); YAML indents with half-width spaces only: replace \(wide > 0 ? "them" : "it") with spaces",
                    position: SourcePosition(line: index + 1, column: 1)))
        }
        return hints
    }

    /// A better message for a syntax error at `position` (libyaml's `problem`), or `nil`.
    package static func explain(problem: String, at position: SourcePosition, in bytes: some Collection<UInt8>) -> Hint? {
        let all = lines(of: bytes)
        let errorLine = Int(position.line)
        guard errorLine >= 1, errorLine <= all.count else { return nil }

        // A list item without the space after "-": "-title: x" is the text "-title".
        for index in 0..<errorLine {
            let line = all[index]
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if rest.hasPrefix("-"), !rest.hasPrefix("- "), !rest.hasPrefix("--"), rest.count > 1,
                startsWithKey(rest.dropFirst())
            {
                return Hint(
                    message: "no space after \"-\" on line \(index + 1); a list item starts with \"- \": write \"- \(rest.dropFirst())\"",
                    position: SourcePosition(line: index + 1, column: indent + 2))
            }
        }

        let line = all[errorLine - 1]
        let indent = line.prefix { $0 == " " }.count
        var rest = line.dropFirst(indent)
        var column = indent
        while rest.hasPrefix("- ") {
            rest = rest.dropFirst(2)
            column += 2
        }
        let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        let afterKey = rest.dropFirst(key.count)

        if problem.contains("quoted scalar") {
            let quote = line.dropFirst(max(0, Int(position.column) - 1)).first.map(String.init) ?? "\""
            return Hint(
                message: "the quote \(quote) that starts here is never closed; add the closing \(quote) at the end of the value, or remove this one",
                position: position)
        }
        if !key.isEmpty {
            let spaced = afterKey.drop { $0 == " " }
            if spaced.hasPrefix("\u{FF1A}") {
                let value = spaced.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
                return Hint(
                    message:
                        "full-width colon \"：\" after \"\(key)\"; type a half-width \":\" and a space (with the Japanese input off): \"\(key): \(value)\"",
                    position: SourcePosition(line: errorLine, column: column + key.count + (afterKey.count - spaced.count) + 1))
            }
            if afterKey.hasPrefix(":"), let next = afterKey.dropFirst().first, next != " ", next != ":", next != "/" {
                return Hint(
                    message:
                        "no space after \":\" in \"\(rest)\"; a key and its value are separated by \": \": write \"\(key): \(afterKey.dropFirst())\"",
                    position: SourcePosition(line: errorLine, column: column + key.count + 1))
            }
        }
        if problem.contains("'-' indicator"), !rest.hasPrefix("-"), let item = listItem(above: errorLine, at: indent, in: all) {
            let word = String(rest.prefix { $0 != ":" && $0 != " " })
            return Hint(
                message:
                    "line \(errorLine) is lined up with the \"-\" of line \(item.line) but is not a list item: add 2 spaces before \"\(word)\" to put it under \"\(item.key)\", or start it with \"- \" for a new item",
                position: SourcePosition(line: errorLine, column: indent + 1))
        }
        if problem.contains("indicator") || problem.contains("mapping values are not allowed") || problem.contains("expected key")
            || problem.contains("block end")
        {
            return misindented(all, errorLine: errorLine)
        }
        return nil
    }

    /// Where a mapping was expected and plain text came, the text may be a key whose colon was
    /// typed full-width or without its space (`- actor：city` makes the whole item one text).
    package static func keyTypedAsText(_ text: String, at position: SourcePosition) -> Hint? {
        let key = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !key.isEmpty else { return nil }
        let after = text.dropFirst(key.count)
        let value = after.dropFirst().prefix { $0 != " " && $0 != "\n" }
        let at = SourcePosition(line: Int(position.line), column: Int(position.column) + key.count)
        if after.hasPrefix("\u{FF1A}") {
            return Hint(
                message:
                    "full-width colon \"：\" after \"\(key)\"; type a half-width \":\" and a space (with the Japanese input off): \"\(key): \(value)\"",
                position: at)
        }
        if after.hasPrefix(":"), let next = after.dropFirst().first, next != " ", next != "/", next != ":" {
            return Hint(
                message: "no space after \":\" in \"\(key):\(value)\"; a key and its value are separated by \": \": write \"\(key): \(value)\"",
                position: at)
        }
        return nil
    }

    /// Whether a syntax error at `position` follows from a key typed as text (`keyTypedAsText`)
    /// reported on one of the few lines above it: the rest of that item can no longer be read.
    static func followsFromTypingMistake(_ position: SourcePosition, _ found: [Diagnostic]) -> Bool {
        found.contains { d in
            (d.message.hasPrefix("full-width colon \"：\" after ") || d.message.hasPrefix("no space after \":\" in "))
                && d.position.line <= position.line && position.line - d.position.line <= 3
        }
    }

    /// The line at or just above `errorLine` whose indentation is one or two spaces away from
    /// what the line above it allows, with the number of spaces it needs.
    static func misindented(_ all: [Substring], errorLine: Int) -> Hint? {
        for index in stride(from: errorLine - 1, through: max(1, errorLine - 3), by: -1) {
            let line = all[index]
            guard isContent(line) else { continue }
            let indent = line.prefix { $0 == " " }.count
            guard let above = (0..<index).reversed().first(where: { isContent(all[$0]) }) else { continue }
            let aboveIndent = all[above].prefix { $0 == " " }.count
            var aboveKey = all[above].dropFirst(aboveIndent)
            var aboveKeyColumn = aboveIndent
            while aboveKey.hasPrefix("- ") {
                aboveKey = aboveKey.dropFirst(2)
                aboveKeyColumn += 2
            }
            let opensBlock = aboveKey.hasSuffix(":")
            if opensBlock, indent > aboveKeyColumn { continue }
            // The levels open at the line above: its key and every line further left above it.
            var levels: [Int] = [aboveKeyColumn, aboveIndent]
            var leftmost = aboveIndent
            for earlier in stride(from: above - 1, through: 0, by: -1) where isContent(all[earlier]) {
                let earlierIndent = all[earlier].prefix { $0 == " " }.count
                if earlierIndent < leftmost {
                    leftmost = earlierIndent
                    levels.append(earlierIndent)
                    var key = all[earlier].dropFirst(earlierIndent)
                    var keyColumn = earlierIndent
                    while key.hasPrefix("- ") {
                        key = key.dropFirst(2)
                        keyColumn += 2
                    }
                    levels.append(keyColumn)
                }
            }
            guard !levels.contains(indent) else { continue }
            // The nearest level; on a tie, the key of the line above (the same mapping).
            let nearest = levels.min { abs($0 - indent) < abs($1 - indent) } ?? aboveKeyColumn
            let expected = abs(aboveKeyColumn - indent) <= abs(nearest - indent) ? aboveKeyColumn : nearest
            let difference = expected - indent
            guard abs(difference) <= 2 else { continue }
            let word = String(line.dropFirst(indent).prefix { $0 != ":" && $0 != " " })
            let fix =
                difference > 0
                ? "add \(difference) space\(difference == 1 ? "" : "s") before \"\(word)\""
                : "remove \(-difference) space\(difference == -1 ? "" : "s") before \"\(word)\""
            return Hint(
                message:
                    "line \(index + 1) is indented \(indent) space\(indent == 1 ? "" : "s"), but the line above (\(above + 1)) expects \(expected): \(fix)",
                position: SourcePosition(line: index + 1, column: indent + 1))
        }
        return nil
    }

    /// The nearest list item above `line` whose "-" is at `indent`, with the key that follows it.
    static func listItem(above line: Int, at indent: Int, in all: [Substring]) -> (line: Int, key: String)? {
        for index in stride(from: line - 2, through: 0, by: -1) where isContent(all[index]) {
            let itemIndent = all[index].prefix { $0 == " " }.count
            if itemIndent < indent { return nil }
            let rest = all[index].dropFirst(itemIndent)
            if itemIndent == indent, rest.hasPrefix("- ") {
                return (index + 1, String(rest.dropFirst(2).prefix { $0 != ":" && $0 != " " }))
            }
        }
        return nil
    }

    // MARK: Text

    static func lines(of bytes: some Collection<UInt8>) -> [Substring] {
        String(decoding: Array(bytes), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    static func isContent(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return !trimmed.isEmpty && !trimmed.hasPrefix("#")
    }

    /// `word:` or `word：` — how a key starts.
    static func startsWithKey(_ text: Substring) -> Bool {
        let key = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !key.isEmpty else { return false }
        let after = text.dropFirst(key.count).drop { $0 == " " }
        return after.hasPrefix(":") || after.hasPrefix("\u{FF1A}")
    }

    static func containsFullWidthSpace(_ bytes: some Collection<UInt8>) -> Bool {
        // A whole report.yml (tens of megabytes) is searched before loading: with memchr for its
        // lead byte, not byte by byte (1 % of a build).
        if let found = bytes.withContiguousStorageIfAvailable({ Self.containsFullWidthSpace(contiguous: $0) }) { return found }
        var state = 0
        for byte in bytes {
            switch (state, byte) {
            case (_, 0xE3): state = 1
            case (1, 0x80): state = 2
            case (2, 0x80): return true
            default: state = 0
            }
        }
        return false
    }

    private static func containsFullWidthSpace(contiguous bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0xE3, bytes.count - offset) {
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if at + 2 < bytes.count, bytes[at + 1] == 0x80, bytes[at + 2] == 0x80 { return true }
            offset = at + 1
        }
        return false
    }
}
