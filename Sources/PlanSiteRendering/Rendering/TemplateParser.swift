import PlanSiteCore

/// Parses Mustache as the spec describes it, for the subset plansite's themes use: variables,
/// sections, inverted sections, comments, partials, and inheritance (parents and blocks).
/// Standalone tags (alone on their line) take their line with them, as the spec says.
/// Set-delimiter tags and swift-mustache's transforms (`{{f(x)}}`) are reported as errors.
struct TemplateParser {
    struct Failure: Error, Equatable {
        var message: String
        var position: SourcePosition
    }

    private enum TagKind: Equatable {
        case variable, raw, section, inverted, close, partial, parent, block, comment
    }

    private enum Token {
        case text([UInt8])
        case tag(kind: TagKind, name: String, position: SourcePosition, indentation: [UInt8])
    }

    static func parse(_ source: String) throws(Failure) -> [TemplateNode] {
        var tokens = try tokenize(Array(source.utf8))
        markStandalone(&tokens)
        var index = 0
        return try build(tokens, &index, closing: nil)
    }

    // MARK: Tokens

    private static func tokenize(_ bytes: [UInt8]) throws(Failure) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var textStart = 0
        var line = 1
        var lineStart = 0
        func position(_ offset: Int) -> SourcePosition {
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            return SourcePosition(line: line, column: column)
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "{"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            let at = position(i)
            if textStart < i { tokens.append(.text(Array(bytes[textStart..<i]))) }
            var j = i + 2
            let triple = j < bytes.count && bytes[j] == UInt8(ascii: "{")
            if triple { j += 1 }
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            var end = j
            while end + closing.count <= bytes.count, !bytes[end..<(end + closing.count)].elementsEqual(closing) {
                if bytes[end] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = end + 1
                }
                end += 1
            }
            guard end + closing.count <= bytes.count else {
                throw Failure(message: "a tag is not closed with \(triple ? "}}}" : "}}")", position: at)
            }
            var body = String(decoding: bytes[j..<end], as: UTF8.self)[...]
            var kind = TagKind.variable
            if triple {
                kind = .raw
            } else if let sigil = body.first {
                switch sigil {
                case "&": kind = .raw
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "!": kind = .comment
                case "=": throw Failure(message: "changing the delimiters ({{=…=}}) is not supported", position: at)
                default: break
                }
                if kind != .variable { body = body.dropFirst() }
            }
            let name = trimmed(body)
            if kind != .comment {
                guard !name.isEmpty else { throw Failure(message: "a tag has no name", position: at) }
                if name.contains("(") || name.contains(")") {
                    throw Failure(message: "\"\(name)\": transforms such as f(x) are not supported; the page models provide the value", position: at)
                }
                if name.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                    throw Failure(message: "\"\(name)\" is not a valid name", position: at)
                }
            }
            tokens.append(.tag(kind: kind, name: name, position: at, indentation: []))
            i = end + closing.count
            textStart = i
        }
        if textStart < bytes.count { tokens.append(.text(Array(bytes[textStart...]))) }
        return tokens
    }

    /// A section, close, partial, parent, block or comment tag alone on its line (only spaces
    /// and tabs besides it) is removed with its whole line.
    private static func markStandalone(_ tokens: inout [Token]) {
        // Decide on the tokens as written, then trim: two standalone tags in a row share a text.
        var trimStart = [Int](repeating: 0, count: tokens.count)
        var trimEnd = [Int](repeating: 0, count: tokens.count)
        for t in tokens.indices {
            guard case .tag(let kind, let name, let position, _) = tokens[t], kind != .variable, kind != .raw else { continue }
            // Before: the start of the template, or text whose last line is blank so far.
            var before = 0
            if t > 0 {
                guard case .text(let text) = tokens[t - 1] else { continue }
                let newline = text.lastIndex(of: UInt8(ascii: "\n"))
                if newline == nil && t - 1 > 0 { continue }  // the line started before this text, with a tag on it
                let lineStart = newline.map { $0 + 1 } ?? 0
                guard text[lineStart...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
                before = text.count - lineStart
            }
            // After: the end of the template, or text whose first line is blank.
            var after = 0
            if t + 1 < tokens.count {
                guard case .text(let text) = tokens[t + 1] else { continue }
                let newline = text.firstIndex(of: UInt8(ascii: "\n"))
                let lineEnd = newline ?? text.count
                guard text[..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
                if newline == nil && t + 2 < tokens.count { continue }  // another tag follows on this line
                after = newline.map { $0 + 1 } ?? text.count
            }
            var indentation: [UInt8] = []
            if t > 0, case .text(let text) = tokens[t - 1] {
                indentation = Array(text.suffix(before))
                trimEnd[t - 1] = before
            }
            if t + 1 < tokens.count { trimStart[t + 1] = after }
            tokens[t] = .tag(kind: kind, name: name, position: position, indentation: indentation)
        }
        for t in tokens.indices where trimStart[t] > 0 || trimEnd[t] > 0 {
            guard case .text(let text) = tokens[t] else { continue }
            let start = min(trimStart[t], text.count)
            let end = max(start, text.count - trimEnd[t])
            tokens[t] = .text(Array(text[start..<end]))
        }
    }

    // MARK: Tree

    private static func build(_ tokens: [Token], _ index: inout Int, closing: (name: String, position: SourcePosition)?) throws(Failure)
        -> [TemplateNode]
    {
        var nodes: [TemplateNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let bytes):
                if !bytes.isEmpty { nodes.append(.text(bytes)) }
            case .tag(let kind, let name, let position, let indentation):
                switch kind {
                case .comment: continue
                case .variable: nodes.append(.variable(path: path(name), escaped: true))
                case .raw: nodes.append(.variable(path: path(name), escaped: false))
                case .section, .inverted:
                    let body = try build(tokens, &index, closing: (name, position))
                    nodes.append(.section(path: path(name), inverted: kind == .inverted, body: body))
                case .block:
                    let body = try build(tokens, &index, closing: (name, position))
                    nodes.append(.block(name: name, body: body))
                case .partial:
                    nodes.append(.partial(name: name, indentation: indentation))
                case .parent:
                    let body = try build(tokens, &index, closing: (name, position))
                    var blocks: [String: [TemplateNode]] = [:]
                    for node in body {
                        if case .block(let blockName, let blockBody) = node { blocks[blockName] = blockBody }
                    }
                    nodes.append(.parent(name: name, blocks: blocks, indentation: indentation))
                case .close:
                    guard let closing else {
                        throw Failure(message: "{{/\(name)}} closes a section that was never opened", position: position)
                    }
                    guard closing.name == name else {
                        throw Failure(
                            message: "{{/\(name)}} closes {{#\(closing.name)}} (opened at \(closing.position)); close it with {{/\(closing.name)}}",
                            position: position)
                    }
                    return nodes
                }
            }
        }
        if let closing {
            throw Failure(message: "{{#\(closing.name)}} is never closed with {{/\(closing.name)}}", position: closing.position)
        }
        return nodes
    }

    private static func path(_ name: String) -> [TemplatePathPart] {
        if name == "." { return [TemplatePathPart(".", path: ".")] }
        return name.split(separator: ".").enumerated().map { TemplatePathPart(String($1), path: $0 == 0 ? name : nil) }
    }

    private static func trimmed(_ text: Substring) -> String {
        var s = text
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
