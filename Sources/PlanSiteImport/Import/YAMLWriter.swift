import PlanSiteCore
import PlanSiteSupport

/// Writes a `Report` as `report.yml`, in the contract's field order and the layout of the example
/// report: two-space indentation, `|-` blocks for text with line breaks, actors and statuses one
/// per line in flow style.
///
/// plansite's own loader is typed and reads `no`, `0123` or `2014-06-30` as text wherever text is
/// expected, but other YAML tools guess (YAML 1.1 turns `no` into false and `0123` into 83), so
/// every string that any resolver could take for something else is quoted: the file means the
/// same to every tool. Text that is safe stays plain, so that the author can read and edit it.
public enum YAMLWriter {
    /// The YAML text of `report`. `comments` puts a `# comment` after a top-level key's value
    /// (for placeholders the author must edit). Values equal to the defaults are still written:
    /// `actors` and `statuses` are where an author changes wordings and grades. Keys in `omitting`
    /// are left out (a year's file leaves out what it inherits from plan.yml).
    public static func encode(_ report: Report, comments: [String: String] = [:], omitting: Set<String> = []) -> String {
        var top: [(String, Node)] = []
        for field in Schema.report.fields where !omitting.contains(field.key) {
            if let slot = field.slot {
                if let value = report.texts[slot] { top.append((field.key, .text(value.value))) }
                continue
            }
            switch field.key {
            case "title": top.append(("title", .text(report.title.value)))
            case "fiscal_year": top.append(("fiscal_year", .raw(String(report.fiscalYear.value))))
            case "labels" where !report.labels.isEmpty:
                // In the order of LabelSet, which is the order Templates/README.md lists them.
                let ordered = LabelSet.keys.compactMap { key in report.labels[key].map { (key, Node.text($0.value)) } }
                top.append(("labels", .mapping(ordered)))
            case "actors":
                top.append(
                    (
                        "actors",
                        .mapping(
                            report.actors.map { actor in
                                (actor.key.value, .flow([("mark", .quoted(actor.mark.value)), ("label", .text(actor.label.value))]))
                            })
                    ))
            case "statuses":
                top.append(
                    (
                        "statuses",
                        .mapping(
                            report.statuses.map { status in
                                var fields: [(String, Node)] = [
                                    ("label", .text(status.label.value)),
                                    ("weight", .raw(status.weight.value.map(NumberFormat.plain) ?? "null")),
                                ]
                                if let symbol = status.symbol { fields.append(("symbol", .quoted(symbol.value))) }
                                return (status.key.value, .flow(fields))
                            })
                    ))
            case "policies": top.append(("policies", .sequence(report.policies.map(policy))))
            default: break
            }
        }

        var out = ""
        for (key, value) in top {
            write(key: key, value: value, indent: 0, firstPrefix: nil, comment: comments[key], into: &out)
        }
        return out
    }

    // MARK: The tree to write

    /// A value to write. `.text` is a string whose style (plain, quoted, block) is chosen for its
    /// content; `.quoted` is always double-quoted; `.raw` is written as given (numbers, null).
    indirect enum Node {
        case text(String)
        case quoted(String)
        case raw(String)
        case mapping([(String, Node)])
        case sequence([Node])
        case flow([(String, Node)])
    }

    static func policy(_ policy: Policy) -> Node {
        var fields: [(String, Node)] = []
        for field in Schema.policy.fields {
            if let slot = field.slot {
                if let value = policy.texts[slot] { fields.append((field.key, .text(value.value))) }
                continue
            }
            switch field.key {
            case "id": fields.append(("id", .text(policy.id.value)))
            case "number": if let number = policy.number { fields.append(("number", .raw(String(number.value)))) }
            case "title": fields.append(("title", .text(policy.title.value)))
            case "objectives" where !policy.objectives.isEmpty:
                fields.append(("objectives", .sequence(policy.objectives.map(objective))))
            default: break
            }
        }
        return .mapping(fields)
    }

    static func objective(_ objective: Objective) -> Node {
        var fields: [(String, Node)] = []
        if let title = objective.title { fields.append(("title", .text(title.value))) }
        // An objective with neither a title nor actions still needs one key to be a mapping.
        if !objective.actions.isEmpty || fields.isEmpty { fields.append(("actions", .sequence(objective.actions.map(action)))) }
        return .mapping(fields)
    }

    static func action(_ action: Action) -> Node {
        var fields: [(String, Node)] = []
        func add(_ key: String, _ value: Located<String>?) {
            if let value { fields.append((key, .text(value.value))) }
        }
        for field in Schema.action.fields {
            if let slot = field.slot {
                add(field.key, action.texts[slot])
                continue
            }
            switch field.key {
            case "id": add("id", action.id)
            case "actor": add("actor", action.actor)
            case "title": add("title", action.title)
            case "status": add("status", action.status)
            case "indicator":
                guard let indicator = action.indicator else { continue }
                var figures: [(String, Node)] = [("name", .text(indicator.name.value))]
                for (key, value) in [("target", indicator.target), ("actual", indicator.actual), ("baseline", indicator.baseline)] {
                    if let value { figures.append((key, .raw(NumberFormat.plain(value.value)))) }
                }
                if let unit = indicator.unit { figures.append(("unit", .text(unit.value))) }
                fields.append(("indicator", .mapping(figures)))
            default: break
            }
        }
        return .mapping(fields)
    }

    // MARK: Writing

    /// Writes `key: value` at `indent`. `firstPrefix` replaces the indentation of the first line
    /// (`"- "` for the first key of a list item).
    static func write(key: String, value: Node, indent: Int, firstPrefix: String?, comment: String? = nil, into out: inout String) {
        out += firstPrefix ?? String(repeating: " ", count: indent)
        out += scalar(key, flow: false) + ":"
        let trailer = comment.map { "  # " + $0 } ?? ""
        switch value {
        case .raw(let text):
            out += " " + text + trailer + "\n"
        case .quoted(let text):
            out += " " + doubleQuoted(text) + trailer + "\n"
        case .text(let text):
            if let style = blockStyle(text) {
                out += " " + style + trailer + "\n"
                for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(trailingNewlines(text)) {
                    out += line.isEmpty ? "\n" : String(repeating: " ", count: indent + 2) + line + "\n"
                }
                // `|` and `|+` carry the final line breaks as empty lines.
                if trailingNewlines(text) > 1 { out += String(repeating: "\n", count: trailingNewlines(text) - 1) }
            } else {
                out += " " + scalar(text, flow: false) + trailer + "\n"
            }
        case .flow(let fields):
            let inner = fields.map { key, value -> String in
                let rendered: String
                switch value {
                case .raw(let text): rendered = text
                case .quoted(let text): rendered = doubleQuoted(text)
                default:
                    if case .text(let text) = value { rendered = scalar(text, flow: true) } else { rendered = "null" }
                }
                return scalar(key, flow: true) + ": " + rendered
            }
            out += " { " + inner.joined(separator: ", ") + " }" + trailer + "\n"
        case .mapping(let fields):
            if fields.isEmpty {
                out += " {}" + trailer + "\n"
                return
            }
            out += trailer + "\n"
            for (childKey, child) in fields {
                write(key: childKey, value: child, indent: indent + 2, firstPrefix: nil, into: &out)
            }
        case .sequence(let items):
            if items.isEmpty {
                out += " []" + trailer + "\n"
                return
            }
            out += trailer + "\n"
            for item in items {
                guard case .mapping(let fields) = item, !fields.isEmpty else { continue }
                let itemIndent = indent + 2
                for (n, (childKey, child)) in fields.enumerated() {
                    write(
                        key: childKey, value: child, indent: itemIndent + 2,
                        firstPrefix: n == 0 ? String(repeating: " ", count: itemIndent) + "- " : nil, into: &out)
                }
            }
        }
    }

    // MARK: Scalars

    /// Plain when no YAML tool could read it as anything but this text, else double-quoted.
    static func scalar(_ text: String, flow: Bool) -> String {
        isPlainSafe(text, flow: flow) ? text : doubleQuoted(text)
    }

    /// Words that YAML 1.1 or 1.2 resolve to null or a boolean (compared in lowercase, which
    /// covers `No`, `NULL`, `Yes`, …), and the YAML 1.1 merge and value keys.
    static let resolvedWords: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off", "<<", "="]

    static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if resolvedWords.contains(text.lowercased()) { return false }
        // Indicators that start something else than plain text, and spaces that would be trimmed.
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first.properties.isWhitespace || last.properties.isWhitespace {
            return false
        }
        // Numbers, dates, times, `.inf`: every implicit type but text is written in ASCII and
        // starts with a digit, a sign or a point.
        if ("0"..."9").contains(first) || first == "." || first == "+", scalars.allSatisfy(\.isASCII) { return false }
        for (i, scalar) in scalars.enumerated() {
            if needsEscape(scalar) || scalar == "\t" { return false }
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            if scalar == ":", next == nil || next!.properties.isWhitespace || (flow && ",[]{}".unicodeScalars.contains(next!)) { return false }
            if scalar == "#", i > 0, scalars[i - 1].properties.isWhitespace { return false }
            // libyaml refuses some colons inside flow collections that YAML 1.2 allows: quote them all.
            if flow, ",[]{}:".unicodeScalars.contains(scalar) { return false }
        }
        return true
    }

    /// `|-`, `|` or `|+` when `text` has line breaks and reads back exactly from a literal block;
    /// `nil` when it must be quoted instead.
    static func blockStyle(_ text: String) -> String? {
        guard text.contains("\n"), !text.unicodeScalars.contains(where: { needsEscape($0) && $0 != "\n" }) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The block's indentation is taken from its first line with text; leading spaces there
        // (or on the blank lines before it) would need an indentation indicator, so quote instead.
        guard let firstText = lines.firstIndex(where: { $0.contains { !$0.isWhitespace } }) else { return nil }
        if lines[..<firstText].contains(where: { !$0.isEmpty }) { return nil }
        if let c = lines[firstText].unicodeScalars.first, c == " " || c == "\t" { return nil }
        switch trailingNewlines(text) {
        case 0: return "|-"
        case 1: return "|"
        default: return "|+"
        }
    }

    static func trailingNewlines(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars.reversed() {
            guard scalar == "\n" else { break }
            count += 1
        }
        return count
    }

    /// Characters that may not appear unescaped (control characters and what YAML 1.1 reads as
    /// line breaks or a byte order mark), and the line feed.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out +=
                        scalar.value <= 0xFF
                        ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
