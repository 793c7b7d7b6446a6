import Foundation

/// Finds where a big report.yml can be read in parallel: the items of its top-level
/// `policies:` block sequence, each of which is a complete YAML node on lines of its own.
///
/// The header (everything but those items, with `policies: []` in their place and blank lines
/// keeping every position) and groups of items are then parsed as separate documents on every
/// core; positions are shifted back by each part's first line. Anything unusual (flow style, a
/// second `policies:` line, odd indentation) gives `nil`, and the file is read in one piece.
struct PolicyBlockSplit {
    /// The report without the policy items; same lines and columns as the file.
    var header: [UInt8]
    /// Byte ranges of groups of whole items, and the number of lines before each.
    var parts: [(range: Range<Int>, lineOffset: Int)]

    /// With `eachItem`, every item is a part of its own (the preview keeps each one's result).
    static func find(_ bytes: [UInt8], parts wanted: Int, eachItem: Bool = false) -> PolicyBlockSplit? {
        // Line starts, and the `policies:` line at column 0.
        var policiesLine: Int?
        var lineStarts: [Int] = [0]
        lineStarts.reserveCapacity(bytes.count / 40)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var i = 0
            while i < buffer.count, let hit = memchr(base + i, 0x0A, buffer.count - i) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                lineStarts.append(i)
            }
        }
        let key = Array("policies:".utf8)
        for (n, start) in lineStarts.enumerated() where start + key.count <= bytes.count && bytes[start] == UInt8(ascii: "p") {
            guard bytes[start..<(start + key.count)].elementsEqual(key) else { continue }
            let end = n + 1 < lineStarts.count ? lineStarts[n + 1] : bytes.count
            let rest = bytes[(start + key.count)..<end]
            // Only spaces or a comment may follow: the value must be a block on the next lines.
            guard rest.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) || rest.drop(while: { $0 == 0x20 }).first == UInt8(ascii: "#") else {
                return nil
            }
            if policiesLine != nil { return nil }
            policiesLine = n
        }
        guard let keyLine = policiesLine else { return nil }

        // The block: lines after it until one starting at column 0 with something else.
        var itemIndent: Int?
        var items: [Int] = []  // line numbers where items start
        var endLine = lineStarts.count
        var line = keyLine + 1
        let documentStart = Array("---".utf8)
        let documentEnd = Array("...".utf8)
        while line < lineStarts.count {
            let start = lineStarts[line]
            let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
            let text = bytes[start..<end]
            let indent = text.prefix(while: { $0 == 0x20 }).count
            let rest = text.dropFirst(indent)
            let blank = rest.isEmpty || rest.first == 0x0A || rest.first == 0x0D || rest.first == UInt8(ascii: "#")
            if blank {
                line += 1
                continue
            }
            if indent == 0 && rest.first != UInt8(ascii: "-") {
                endLine = line
                break
            }
            if rest.starts(with: documentStart) || rest.starts(with: documentEnd) { return nil }
            let isItem = rest.first == UInt8(ascii: "-") && (rest.count == 1 || rest.dropFirst().first == 0x20 || rest.dropFirst().first == 0x0A)
            if itemIndent == nil {
                guard isItem else { return nil }
                itemIndent = indent
            }
            if indent == itemIndent && isItem {
                items.append(line)
            } else if indent <= itemIndent! {
                return nil
            }
            line += 1
        }
        let wanted = eachItem ? items.count : min(wanted, items.count)
        guard wanted > 1 || (eachItem && wanted == 1) else { return nil }

        let blockStart = lineStarts[items[0]]
        let blockEnd = endLine < lineStarts.count ? lineStarts[endLine] : bytes.count
        var header = Array(bytes[..<lineStarts[keyLine]])
        header += Array("policies: []\n".utf8)
        // The line breaks from the line after the key to the block's end: every line ends with one,
        // but for the file's last line, whose break (if any) starts the entry after it.
        let firstLine = keyLine + 1 < lineStarts.count ? keyLine + 1 : keyLine
        let blankLines = (endLine < lineStarts.count ? endLine : lineStarts.count - 1) - firstLine
        header += [UInt8](repeating: 0x0A, count: blankLines)
        header += bytes[blockEnd...]

        // Groups of items of about equal size.
        var parts: [(range: Range<Int>, lineOffset: Int)] = []
        let target = eachItem ? 1 : (blockEnd - blockStart) / wanted + 1
        var groupStart = 0
        while groupStart < items.count {
            var groupEnd = groupStart + 1
            let startByte = lineStarts[items[groupStart]]
            while groupEnd < items.count && lineStarts[items[groupEnd]] - startByte < target { groupEnd += 1 }
            let endByte = groupEnd < items.count ? lineStarts[items[groupEnd]] : blockEnd
            parts.append((startByte..<endByte, items[groupStart]))
            groupStart = groupEnd
        }
        return PolicyBlockSplit(header: header, parts: parts)
    }
}
