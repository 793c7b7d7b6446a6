import CCmark

/// Emphasis that works next to Japanese punctuation, after the CJK-friendly amendment to
/// CommonMark (github.com/tats-u/markdown-cjk-friendly, specification.md §6.2).
///
/// CommonMark's flanking rules leave `**「重要」**です` and `**80%**でした` as literal asterisks:
/// a closing `**` after punctuation must be followed by space or punctuation. The amendment
/// treats CJK punctuation like letters and lets a CJK character stand where space would.
/// libcmark cannot be told this, so this pass runs on its syntax tree: delimiter runs that cmark
/// left as text are matched again with the amended rules, and the tree is rebuilt around them.
/// A container is only touched when the amended rules differ from CommonMark's for one of its
/// runs, so text without CJK characters renders exactly as CommonMark says.
enum CJKEmphasis {
    /// Applies the amended emphasis rules to every inline container of `document`.
    static func apply(to document: OpaquePointer) {
        var containers: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                containers.append(node)
            default: break
            }
        }
        cmark_iter_free(iterator)
        for container in containers { process(container) }
    }

    // MARK: Items

    private enum Item {
        case text([Unicode.Scalar])
        case run(index: Int)
        case node(OpaquePointer)
    }

    private struct Run {
        let character: Unicode.Scalar
        let length: Int
        var remaining: Int
        let canOpen: Bool
        let canClose: Bool
        var active = true
        /// Match lengths, in the order they were found.
        var closes: [Int] = []
        var opens: [(use: Int, kind: cmark_node_type)] = []
    }

    private static func process(_ container: OpaquePointer) {
        // Fast path: nothing to do unless a text child still holds * or _.
        var child = cmark_node_first_child(container)
        var hasDelimiter = false
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                var p = literal
                while p.pointee != 0 {
                    if p.pointee == 0x2A || p.pointee == 0x5F {
                        hasDelimiter = true
                        break
                    }
                    p += 1
                }
            }
            if hasDelimiter { break }
            child = cmark_node_next(node)
        }
        guard hasDelimiter else { return }

        // Split the children into text, delimiter runs and other nodes.
        var items: [Item] = []
        var scalars: [Unicode.Scalar] = []
        var runs: [Run] = []
        var runBoundaries: [(before: Neighbour, after: Neighbour)] = []
        child = cmark_node_first_child(container)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                scalars = Array(String(cString: literal).unicodeScalars)
                var i = 0
                var textStart = 0
                while i < scalars.count {
                    let c = scalars[i]
                    guard c == "*" || c == "_" else {
                        i += 1
                        continue
                    }
                    var j = i
                    while j < scalars.count, scalars[j] == c { j += 1 }
                    if textStart < i { items.append(.text(Array(scalars[textStart..<i]))) }
                    items.append(.run(index: runs.count))
                    runs.append(Run(character: c, length: j - i, remaining: j - i, canOpen: false, canClose: false))
                    runBoundaries.append((.unknown, .unknown))
                    i = j
                    textStart = j
                }
                if textStart < scalars.count { items.append(.text(Array(scalars[textStart...]))) }
            } else {
                items.append(.node(node))
            }
            child = cmark_node_next(node)
        }
        guard !runs.isEmpty else { return }

        // Flanking, with the neighbours across item boundaries.
        var differs = false
        for (position, item) in items.enumerated() {
            guard case .run(let r) = item else { continue }
            let before = neighbour(items, position, step: -1, runs: runs)
            let after = neighbour(items, position, step: 1, runs: runs)
            let amended = flanking(before: before, after: after, cjk: true)
            let standard = flanking(before: before, after: after, cjk: false)
            let c = runs[r].character
            let open = c == "*" ? amended.left : amended.left && (!amended.right || before.isPunctuation)
            let close = c == "*" ? amended.right : amended.right && (!amended.left || after.isPunctuation)
            let standardOpen = c == "*" ? standard.left : standard.left && (!standard.right || before.isPunctuation)
            let standardClose = c == "*" ? standard.right : standard.right && (!standard.left || after.isPunctuation)
            runs[r] = Run(character: c, length: runs[r].length, remaining: runs[r].length, canOpen: open, canClose: close)
            if open != standardOpen || close != standardClose { differs = true }
        }
        guard differs else { return }

        // CommonMark's "process emphasis", over the runs cmark left unmatched.
        var matched = false
        for closer in runs.indices where runs[closer].canClose {
            while runs[closer].remaining > 0, runs[closer].active {
                var found: Int?
                var opener = closer - 1
                while opener >= 0 {
                    let o = runs[opener]
                    if o.active, o.remaining > 0, o.canOpen, o.character == runs[closer].character {
                        let bothWays = (o.canOpen && o.canClose) || (runs[closer].canOpen && runs[closer].canClose)
                        let sum = o.length + runs[closer].length
                        if !(bothWays && sum % 3 == 0 && !(o.length % 3 == 0 && runs[closer].length % 3 == 0)) {
                            found = opener
                            break
                        }
                    }
                    opener -= 1
                }
                guard let o = found else {
                    if !runs[closer].canOpen { runs[closer].active = false }
                    break
                }
                let use = runs[o].remaining >= 2 && runs[closer].remaining >= 2 ? 2 : 1
                runs[o].remaining -= use
                runs[closer].remaining -= use
                runs[o].opens.append((use, use == 2 ? CMARK_NODE_STRONG : CMARK_NODE_EMPH))
                runs[closer].closes.append(use)
                for between in (o + 1)..<closer { runs[between].active = false }
                if runs[o].remaining == 0 { runs[o].active = false }
                matched = true
            }
        }
        guard matched else { return }
        rebuild(container, items: items, runs: runs)
    }

    /// Replaces the container's children: new text nodes for text and unmatched delimiters,
    /// the other nodes moved as they are, and new emphasis nodes around matched pairs.
    private static func rebuild(_ container: OpaquePointer, items: [Item], runs: [Run]) {
        var old: [OpaquePointer] = []
        var child = cmark_node_first_child(container)
        while let node = child {
            old.append(node)
            child = cmark_node_next(node)
        }
        for node in old { cmark_node_unlink(node) }

        var stack: [OpaquePointer] = [container]
        var pending = ""
        func flush() {
            guard !pending.isEmpty, let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
            cmark_node_set_literal(text, pending)
            cmark_node_append_child(stack[stack.count - 1], text)
            pending = ""
        }
        for item in items {
            switch item {
            case .text(let scalars):
                pending.unicodeScalars.append(contentsOf: scalars)
            case .node(let node):
                flush()
                cmark_node_append_child(stack[stack.count - 1], node)
            case .run(let r):
                let run = runs[r]
                for _ in run.closes {
                    flush()
                    if stack.count > 1 { stack.removeLast() }
                }
                let literal = run.remaining
                if literal > 0 { pending += String(repeating: String(run.character), count: literal) }
                // Openers match innermost first, so the last match found is the outermost.
                for open in run.opens.reversed() {
                    flush()
                    if let emphasis = cmark_node_new(open.kind) {
                        cmark_node_append_child(stack[stack.count - 1], emphasis)
                        stack.append(emphasis)
                    }
                }
            }
        }
        flush()
        for node in old where cmark_node_get_type(node) == CMARK_NODE_TEXT && cmark_node_parent(node) == nil {
            cmark_node_free(node)
        }
    }

    // MARK: Characters

    enum Neighbour {
        case whitespace
        case cjkPunctuation
        case otherPunctuation
        case cjk
        case other
        case unknown

        var isPunctuation: Bool { self == .cjkPunctuation || self == .otherPunctuation }
    }

    /// The character beside a run: line ends count as whitespace, and other inline nodes as the
    /// punctuation that delimits them in the source (`)` of a link, `` ` `` of code, `*` of emphasis).
    private static func neighbour(_ items: [Item], _ position: Int, step: Int, runs: [Run]) -> Neighbour {
        let index = position + step
        guard items.indices.contains(index) else { return .whitespace }
        switch items[index] {
        case .text(let scalars):
            return classify(step < 0 ? scalars.last! : scalars.first!)
        case .run:
            return .otherPunctuation
        case .node(let node):
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { return .whitespace }
            return .otherPunctuation
        }
    }

    static func classify(_ c: Unicode.Scalar) -> Neighbour {
        if c.properties.isWhitespace { return .whitespace }
        let punctuation = isPunctuation(c)
        if isCJK(c) { return punctuation ? .cjkPunctuation : .cjk }
        return punctuation ? .otherPunctuation : .other
    }

    /// CommonMark 0.30's Unicode punctuation: ASCII punctuation or general category P.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v)
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// East Asian wide, fullwidth and halfwidth characters and Hangul, without emoji: the
    /// amendment's "CJK character", by block ranges.
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x1100...0x115F, 0x2E80...0x2FDF, 0x2FF0...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF,
            0x1B000...0x1B16F, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Flanking per CommonMark (`cjk: false`) or per the CJK-friendly amendment (`cjk: true`).
    static func flanking(before: Neighbour, after: Neighbour, cjk: Bool) -> (left: Bool, right: Bool) {
        if cjk {
            let afterOtherPunct = after == .otherPunctuation
            let beforeOtherPunct = before == .otherPunctuation
            let left =
                after != .whitespace
                && (!afterOtherPunct || before == .whitespace || beforeOtherPunct || before == .cjk || before == .cjkPunctuation)
            let right =
                before != .whitespace
                && (!beforeOtherPunct || after == .whitespace || after == .otherPunctuation || after == .cjk || after == .cjkPunctuation)
            return (left, right)
        }
        let left = after != .whitespace && (!after.isPunctuation || before == .whitespace || before.isPunctuation)
        let right = before != .whitespace && (!before.isPunctuation || after == .whitespace || after.isPunctuation)
        return (left, right)
    }
}
