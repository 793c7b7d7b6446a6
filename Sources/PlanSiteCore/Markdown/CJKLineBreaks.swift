import CCmark

/// Joins lines inside Japanese text. A soft line break renders as a newline, which browsers
/// show as a space: between two Japanese characters that space is wrong (日本語の⏎改行 would read
/// 日本語の 改行). The break is dropped when the characters on both sides are CJK, looking into
/// emphasis, links and code for them; between Latin words it stays.
enum CJKLineBreaks {
    static func apply(to document: OpaquePointer) {
        var breaks: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK {
                breaks.append(node)
            }
        }
        cmark_iter_free(iterator)
        for node in breaks {
            guard let before = cmark_node_previous(node).flatMap({ edge(of: $0, last: true) }),
                let after = cmark_node_next(node).flatMap({ edge(of: $0, last: false) }),
                CJKEmphasis.isCJK(before), CJKEmphasis.isCJK(after)
            else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The last (or first) character of a node's text, looking inside inline containers.
    static func edge(of node: OpaquePointer, last: Bool) -> Unicode.Scalar? {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            guard let literal = cmark_node_get_literal(node) else { return nil }
            let scalars = String(cString: literal).unicodeScalars
            return last ? scalars.last : scalars.first
        }
        if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_HTML_INLINE { return nil }
        guard let child = last ? cmark_node_last_child(node) : cmark_node_first_child(node) else { return nil }
        return edge(of: child, last: last)
    }
}
