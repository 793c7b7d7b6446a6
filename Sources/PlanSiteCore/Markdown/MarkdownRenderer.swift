import CCmark
import Foundation

/// A heading of a narrative, for its table of contents.
public struct MarkdownHeading: Sendable, Equatable {
    public var level: Int
    public var text: String
    /// 1-based position among the document's headings; ids are made from it.
    public var index: Int
}

/// Markdown rendered once for every page style it appears on.
public struct RenderedMarkdown: Sendable, Equatable {
    var html: [String]  // indexed by PageStyle.rawValue
    public var headings: [MarkdownHeading]

    public func html(for style: PageStyle) -> String { html[style.rawValue] }
    public var isEmpty: Bool { html.allSatisfy(\.isEmpty) }

    static let empty = RenderedMarkdown(html: Array(repeating: "", count: PageStyle.allCases.count), headings: [])
}

/// CommonMark through libcmark, safe by default: raw HTML is omitted and `javascript:`,
/// `vbscript:`, `file:` and `data:` (except images) links are emptied by cmark itself.
///
/// `CMARK_OPT_SMART` is never used: it turns the quotes in Japanese text the wrong way round.
public struct MarkdownRenderer: Sendable {
    public let links: LinkResolver

    public init(links: LinkResolver) {
        self.links = links
    }

    /// Where a text was written, for link errors and for resolving relative links.
    public struct Source: Sendable {
        public var file: String
        public var position: SourcePosition
        /// The folder of the text's file under `Content/` (`["policies"]` for narratives).
        public var directory: [String]
        /// Whether Markdown line numbers count from `position` (a whole file) or all map to it (a YAML field).
        public var isWholeFile: Bool

        public init(file: String, position: SourcePosition, directory: [String], isWholeFile: Bool) {
            self.file = file
            self.position = position
            self.directory = directory
            self.isWholeFile = isWholeFile
        }
    }

    /// A narrative: block Markdown whose headings start at h3 on its policy page and h4 in print,
    /// each with an id (`sec-N`, or `<policy id>-sec-N` in print) for the table of contents.
    public func renderNarrative(_ text: String, policyID: String, source: Source, diagnostics: inout [Diagnostic]) -> RenderedMarkdown {
        render(
            text, options: CMARK_OPT_DEFAULT, inline: false, headingBase: (3, 4), idPrefix: ("", "\(policyID)-"),
            source: source, diagnostics: &diagnostics)
    }

    /// A short field (`plan`, `result`, …): one paragraph comes out without `<p>`, every line break
    /// is kept as `<br />`, and anything longer (a list, two paragraphs) is rendered as blocks.
    public func renderField(_ text: String, source: Source, diagnostics: inout [Diagnostic]) -> RenderedMarkdown {
        if let plain = Self.plainParagraphHTML(text) {
            return RenderedMarkdown(html: Array(repeating: plain, count: PageStyle.allCases.count), headings: [])
        }
        return render(
            text, options: CMARK_OPT_HARDBREAKS, inline: true, headingBase: nil, idPrefix: ("", ""),
            source: source, diagnostics: &diagnostics)
    }

    private func render(
        _ text: String, options: Int32, inline: Bool, headingBase: (Int, Int)?, idPrefix: (String, String),
        source: Source, diagnostics: inout [Diagnostic]
    ) -> RenderedMarkdown {
        if text.isEmpty { return .empty }
        var text = text
        guard
            let document = text.withUTF8({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
            })
        else { return .empty }
        defer { cmark_node_free(document) }
        CJKEmphasis.apply(to: document)
        if !inline { CJKLineBreaks.apply(to: document) }

        // Collect first; the tree is changed only after the iterator is freed.
        var linkNodes: [(node: OpaquePointer, url: String, target: LinkResolver.Target)] = []
        var headingNodes: [(node: OpaquePointer, level: Int)] = []
        var headings: [MarkdownHeading] = []
        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                switch links.resolve(url, from: source.directory) {
                case .success(.unchanged): break
                case .success(let target): linkNodes.append((node, url, target))
                case .failure(let failure):
                    diagnostics.append(
                        Diagnostic(
                            file: source.file, position: position(of: node, in: source, text: text),
                            message: Self.message(for: failure, url: url, image: type == CMARK_NODE_IMAGE)))
                }
            } else if type == CMARK_NODE_HEADING, headingBase != nil {
                let level = Int(cmark_node_get_heading_level(node))
                headingNodes.append((node, level))
                headings.append(MarkdownHeading(level: level, text: Self.plainText(of: node), index: headings.count + 1))
            }
        }
        cmark_iter_free(iterator)

        let topLevel = headingNodes.map(\.level).min() ?? 1
        var results: [String] = []
        var previous: (key: [String], html: String)?
        for style in PageStyle.allCases {
            // Only what differs between styles is set; equal settings reuse the last rendering.
            var key: [String] = []
            for link in linkNodes {
                let href = LinkResolver.href(for: link.target, original: link.url, style: style)
                key.append(href)
            }
            var base = 0
            var prefix = ""
            if let headingBase, !headingNodes.isEmpty {
                base = style == .printPage ? headingBase.1 : headingBase.0
                prefix = style == .printPage ? idPrefix.1 : idPrefix.0
                key.append("\(base)|\(prefix)")
            }
            if let previous, previous.key == key {
                results.append(previous.html)
                continue
            }
            for (link, href) in zip(linkNodes, key) { cmark_node_set_url(link.node, href) }
            for heading in headingNodes {
                cmark_node_set_heading_level(heading.node, Int32(min(6, heading.level - topLevel + base)))
            }
            var html = Self.renderHTML(document, options: options)
            if !headingNodes.isEmpty { html = Self.addHeadingIDs(html, prefix: prefix) }
            if inline { html = Self.unwrapSingleParagraph(html, document: document) }
            results.append(html)
            previous = (key, html)
        }
        if !headingNodes.isEmpty {
            headings = headings.map { MarkdownHeading(level: $0.level - topLevel + 1, text: $0.text, index: $0.index) }
        }
        return RenderedMarkdown(html: results, headings: headings)
    }

    /// The HTML cmark gives for a one-line text with no Markdown in it — escaped text — or `nil`
    /// when the text has anything Markdown could act on. Most fields of a report are such plain
    /// sentences, and this skips parsing them (a test holds it to cmark's output).
    static func plainParagraphHTML(_ text: String) -> String? {
        var html: [UInt8] = []
        var escaped = false
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return nil }
        // Line starts that open blocks (lists, headings, quotes, code, breaks) and edge spaces.
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 || (first >= 0x30 && first <= 0x39) { return nil }
        for byte in utf8 {
            switch byte {
            case 0x00...0x1F, 0x7F: return nil
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ">"):
                return nil
            case UInt8(ascii: "\""):
                escaped = true
            default: break
            }
        }
        guard escaped else { return text }
        html.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { html.append(contentsOf: "&quot;".utf8) } else { html.append(byte) }
        }
        return String(decoding: html, as: UTF8.self)
    }

    /// CommonMark with plansite's Japanese adjustments (CJK-friendly emphasis, lines joined
    /// between Japanese characters), without link rewriting or heading ids: what the CommonMark
    /// spec examples are checked against.
    /// `unsafe` keeps raw HTML, as the spec assumes; the site never sets it.
    public static func commonMarkHTML(_ text: String, unsafe: Bool = false) -> String {
        var text = text
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard
            let document = text.withUTF8({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
            })
        else { return "" }
        defer { cmark_node_free(document) }
        CJKEmphasis.apply(to: document)
        CJKLineBreaks.apply(to: document)
        return renderHTML(document, options: options)
    }

    static func renderHTML(_ document: OpaquePointer, options: Int32) -> String {
        guard let output = cmark_render_html(document, options) else { return "" }
        defer { free(output) }
        return String(cString: output)
    }

    /// `<p>…</p>\n` becomes `…` when the document is exactly one paragraph.
    static func unwrapSingleParagraph(_ html: String, document: OpaquePointer) -> String {
        guard let first = cmark_node_first_child(document), first == cmark_node_last_child(document),
            cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH,
            html.hasPrefix("<p>"), html.hasSuffix("</p>\n")
        else { return html }
        return String(html.dropFirst(3).dropLast(5))
    }

    /// Gives the n-th `<hN>` the id `<prefix>sec-n`. In safe mode every `<hN>` in cmark's output is
    /// a heading node (raw HTML is omitted and code is escaped), in document order.
    static func addHeadingIDs(_ html: String, prefix: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var count = 0
        var i = 0
        var copied = 0
        while i + 3 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "h"), (0x31...0x36).contains(bytes[i + 2]),
                bytes[i + 3] == UInt8(ascii: ">")
            {
                count += 1
                output.append(contentsOf: bytes[copied..<i])
                output.append(contentsOf: "<h\(Character(Unicode.Scalar(bytes[i + 2]))) id=\"\(prefix)sec-\(count)\">".utf8)
                i += 4
                copied = i
            } else {
                i += 1
            }
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        cmark_iter_free(iterator)
        return text
    }

    /// Where a node starts in the user's file. cmark counts columns in bytes; editors count
    /// characters, so the column is converted with the line's text.
    func position(of node: OpaquePointer, in source: Source, text: String) -> SourcePosition {
        guard source.isWholeFile else { return source.position }
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = Int(cmark_node_get_start_column(node))
        guard line > 0 else { return source.position }
        var column = max(1, byteColumn)
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: line, omittingEmptySubsequences: false)
        if line <= lines.count {
            let prefix = lines[line - 1].prefix(max(0, byteColumn - 1))
            column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        }
        return SourcePosition(line: Int(source.position.line) + line - 1, column: column)
    }

    static func message(for failure: LinkResolver.Failure, url: String, image: Bool) -> String {
        let what = image ? "image" : "link"
        switch failure {
        case .outsideContent:
            return "\(what) \"\(url)\" points outside Content/; link to a file in Content/assets/ or to another policy's .md file"
        case .missing(let suggestion):
            var message = "\(what) \"\(url)\" points to no file in Content/assets/ and no policy"
            if let suggestion { message += " (did you mean \"\(suggestion)\"?)" }
            return message
        }
    }
}
