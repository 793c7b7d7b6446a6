import CLibYAML

/// A YAML syntax error: libyaml cannot go on after it.
struct YAMLSyntaxError: Error {
    var message: String
    var position: SourcePosition
    /// For errors of libyaml's reader (bad UTF-8, control characters): the byte offset and value.
    var readerOffset: Int? = nil
    var readerValue: Int32 = -1
}

/// Walks libyaml's event stream one node at a time, for the typed decoders in `ReportLoader`.
///
/// Type errors, unknown and duplicate keys are logged and the offending node skipped, so one
/// run finds every problem; only a syntax error (thrown) ends the reading. Aliases are refused:
/// a content file has no use for them, and they are how "billion laughs" files blow up.
package final class EventReader {
    // The parser keeps a pointer to itself once given its input, so it lives on the heap and never moves.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    let log: DiagnosticLog
    /// Keys suggested for misspelt keys, per open mapping.
    private var suggestions: [Set<String>] = []
    /// The keys of the mapping that closed last, with their positions and whether their value
    /// was already reported as wrong: "missing key" must not follow "expected a number".
    private(set) var lastMappingKeys: [String: (position: SourcePosition, rejected: Bool)] = [:]
    private var openKeys: [[String: (position: SourcePosition, rejected: Bool)]] = []
    /// The keys suggested inside the mapping that closed last: a "missing key" for one of them
    /// would only repeat the "did you mean" of the misspelt key.
    private(set) var lastMappingSuggestions: Set<String> = []

    /// Lines before the parsed bytes in their file (a part of a file parsed on its own).
    let lineOffset: Int

    /// `bytes` must stay valid and unmoved while the reader is used.
    init(bytes: UnsafeRawBufferPointer, log: DiagnosticLog, lineOffset: Int = 0) throws {
        self.log = log
        self.lineOffset = lineOffset
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            event.deallocate()
            parser.deallocate()
            throw YAMLSyntaxError(message: "cannot start the YAML parser", position: .start)
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
        try next()
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        event.deallocate()
        parser.deallocate()
    }

    var kind: yaml_event_type_t { event.pointee.type }

    var position: SourcePosition {
        SourcePosition(line: Int(event.pointee.start_mark.line) + 1 + lineOffset, column: Int(event.pointee.start_mark.column) + 1)
    }

    func advance() throws {
        yaml_event_delete(event)
        holdsEvent = false
        try next()
    }

    /// Mappings and lists open around the current event. A report needs a handful; libyaml's
    /// scanner slows down with every open flow level (quadratically), so a file nested deeper
    /// than `maximumDepth` is refused as soon as it gets there.
    private var depth = 0
    static let maximumDepth = 64

    private func next() throws {
        guard yaml_parser_parse(parser, event) == 1 else { throw syntaxError() }
        holdsEvent = true
        switch event.pointee.type {
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            depth += 1
            if depth > Self.maximumDepth {
                throw YAMLSyntaxError(
                    message: "the YAML is nested more than \(Self.maximumDepth) levels deep; a report never needs that", position: position)
            }
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            depth -= 1
        default:
            break
        }
    }

    /// libyaml's error, placed where the user has to look: a reader error at its byte offset,
    /// an unterminated quote or block where it started, anything else where libyaml stopped.
    private func syntaxError() -> YAMLSyntaxError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "invalid YAML"
        if p.error == YAML_READER_ERROR {
            return YAMLSyntaxError(
                message: problem, position: .start, readerOffset: p.problem_offset,
                readerValue: p.problem_value)
        }
        var message = "YAML syntax error: \(problem)"
        var mark = p.problem_mark
        if let context = p.context.map({ String(cString: $0) }) {
            message += " \(context)"
            if context.hasPrefix("while scanning") {
                mark = p.context_mark
                message += " that starts here"
            }
        }
        if problem.contains("cannot start any token") || problem.contains("tab") {
            message += "; tabs cannot indent YAML, use spaces"
        }
        return YAMLSyntaxError(
            message: message,
            position: SourcePosition(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1))
    }

    // MARK: Nodes

    /// What the current node is, in words for messages.
    var nodeDescription: String {
        switch kind {
        case YAML_MAPPING_START_EVENT: return "a mapping"
        case YAML_SEQUENCE_START_EVENT: return "a list"
        case YAML_ALIAS_EVENT: return "an alias"
        case YAML_SCALAR_EVENT: return isNull ? "nothing" : "text"
        default: return "the end of a block"
        }
    }

    /// The current scalar's text. Only valid on a scalar event.
    var scalarText: String {
        let scalar = event.pointee.data.scalar
        return String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
    }

    var isPlainScalar: Bool { event.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }

    /// An empty value, `~` or `null`, written without quotes.
    var isNull: Bool {
        guard kind == YAML_SCALAR_EVENT, isPlainScalar else { return false }
        let scalar = event.pointee.data.scalar
        switch scalar.length {
        case 0: return true
        case 1: return scalar.value[0] == UInt8(ascii: "~")
        case 4:
            let text = scalarText
            return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// Consumes the current node, whatever it holds, without recursion.
    func skipNode() throws {
        var depth = 0
        repeat {
            switch kind {
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT: depth += 1
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT: depth -= 1
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT: return
            default: break
            }
            try advance()
        } while depth > 0
    }

    /// Logs that the current node is not what `what` needs, then skips it.
    func rejectNode(_ what: String, expected: String) throws {
        if kind == YAML_ALIAS_EVENT {
            log.error("\(what): aliases (*name) are not supported; write the value out", at: position)
        } else if kind == YAML_SCALAR_EVENT, isPlainScalar, let hint = CommonMistakes.keyTypedAsText(scalarText, at: position) {
            log.error(hint.message, at: hint.position)
        } else {
            log.error("\(what): expected \(expected), found \(nodeDescription)", at: position)
        }
        try skipNode()
    }

    /// Reads a mapping, calling `body` with each key; `body` must consume exactly one value node.
    /// Duplicate keys are reported at their second occurrence and their value skipped.
    @discardableResult
    func mapping(_ what: String, _ body: (_ key: String, _ keyPosition: SourcePosition) throws -> Void) throws -> SourcePosition? {
        guard kind == YAML_MAPPING_START_EVENT else {
            try rejectNode(what, expected: "a mapping of keys and values")
            return nil
        }
        let start = position
        try advance()
        suggestions.append([])
        openKeys.append([:])
        var seen: Set<String> = []
        while kind != YAML_MAPPING_END_EVENT {
            guard kind == YAML_SCALAR_EVENT else {
                log.error("\(what): a key must be a plain word, found \(nodeDescription)", at: position)
                try skipNode()
                try skipNode()
                continue
            }
            let key = scalarText
            let keyPosition = position
            try advance()
            guard seen.insert(key).inserted else {
                log.error("duplicate key \"\(key)\" in \(what)", at: keyPosition)
                try skipNode()
                continue
            }
            let logged = log.diagnostics.count
            try body(key, keyPosition)
            openKeys[openKeys.count - 1][key] = (keyPosition, log.diagnostics.count > logged)
        }
        lastMappingSuggestions = suggestions.removeLast()
        lastMappingKeys = openKeys.removeLast()
        try advance()
        return start
    }

    /// Reads a list, calling `element` for each item; `element` must consume exactly one node.
    @discardableResult
    func sequence(_ what: String, _ element: () throws -> Void) throws -> SourcePosition? {
        guard kind == YAML_SEQUENCE_START_EVENT else {
            try rejectNode(what, expected: "a list (lines starting with \"- \")")
            return nil
        }
        let start = position
        try advance()
        while kind != YAML_SEQUENCE_END_EVENT {
            try element()
        }
        try advance()
        return start
    }

    /// Reports an unknown key with the nearest known one, and skips its value.
    func rejectKey(_ key: String, at position: SourcePosition, in what: String, known: [String]) throws {
        let suggestion = NearestMatch.suggestion(for: key, in: known)
        if let suggestion, !suggestions.isEmpty { suggestions[suggestions.count - 1].insert(suggestion) }
        log.error(
            "unknown key \"\(key)\" in \(what) — expected one of \(known.joined(separator: ", "))"
                + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""),
            at: position)
        try skipNode()
    }

    // MARK: Scalars

    /// Text, or `nil` for an empty value. A mapping or list is logged and skipped.
    func text(_ what: String) throws -> Located<String>? {
        guard kind == YAML_SCALAR_EVENT else {
            try rejectNode(what, expected: "text")
            return nil
        }
        let value = isNull ? nil : Located(scalarText, at: position)
        try advance()
        return value
    }

    /// A whole number written without quotes, or `nil` for an empty value.
    func integer(_ what: String) throws -> Located<Int>? {
        guard kind == YAML_SCALAR_EVENT else {
            try rejectNode(what, expected: "a whole number")
            return nil
        }
        let at = position
        if isNull {
            try advance()
            return nil
        }
        let text = scalarText
        let plain = isPlainScalar
        try advance()
        guard plain, Self.isDecimalInteger(text), let value = Int(text) else {
            let hint = !plain && Self.isDecimalInteger(text) ? " (remove the quotes)" : ""
            log.error("\(what): expected a whole number, found \"\(text)\"\(hint)", at: at)
            return nil
        }
        return Located(value, at: at)
    }

    /// A decimal number written without quotes (`1`, `0.5`, `-2`, `1e3`); `.some(nil)` for an empty value.
    /// Returns `nil` when the value was not a number (already logged).
    func number(_ what: String) throws -> Located<Double?>? {
        guard kind == YAML_SCALAR_EVENT else {
            try rejectNode(what, expected: "a number")
            return nil
        }
        let at = position
        if isNull {
            try advance()
            return Located(nil, at: at)
        }
        let text = scalarText
        let plain = isPlainScalar
        try advance()
        guard plain, Self.isDecimalNumber(text), let value = Double(text), value.isFinite else {
            let hint = !plain && Self.isDecimalNumber(text) ? " (remove the quotes)" : ""
            log.error("\(what): expected a number, found \"\(text)\"\(hint)", at: at)
            return nil
        }
        return Located(value, at: at)
    }

    static func isDecimalInteger(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Digits, sign, point and exponent only: `Double.init` would also take hex, `inf` and `nan`.
    package static func isDecimalNumber(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
            && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D || $0 == 0x65 || $0 == 0x45 }
    }

    // MARK: Documents

    /// Reads the single document of the stream with `root`. An empty stream is reported as such.
    func document(_ root: () throws -> Void) throws {
        if kind == YAML_STREAM_START_EVENT { try advance() }
        guard kind == YAML_DOCUMENT_START_EVENT else {
            log.error(ReportLoader.emptyFileMessage, at: .start)
            return
        }
        try advance()
        try root()
        guard kind == YAML_DOCUMENT_END_EVENT else { return }
        try advance()
        if kind == YAML_DOCUMENT_START_EVENT {
            log.error("only one YAML document is allowed; remove the second \"---\" and what follows it", at: position)
        }
    }
}
