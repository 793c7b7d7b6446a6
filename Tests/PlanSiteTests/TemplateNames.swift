/// A small scanner of Mustache tags, for checking the theme's templates in tests.
enum TemplateNames {
    struct Tag {
        enum Kind { case variable, raw, section, inverted, close, partial, parent, block, comment, delimiter }
        var kind: Kind
        var name: String
        var isRaw: Bool { kind == .raw }
    }

    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let triple = rest.first == "{"
            if triple { rest = rest.dropFirst() }
            guard let close = rest.range(of: triple ? "}}}" : "}}") else { break }
            var body = Substring(trimmed(rest[..<close.lowerBound]))
            rest = rest[close.upperBound...]
            var kind = Tag.Kind.variable
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
                case "=": kind = .delimiter
                default: break
                }
                if kind != .variable { body = body.dropFirst() }
            }
            tags.append(Tag(kind: kind, name: trimmed(body)))
        }
        return tags
    }

    static func trimmed(_ text: Substring) -> String {
        var s = text
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
