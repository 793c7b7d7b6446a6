/// Every message plansite prints, in English and in Japanese.
///
/// A message is made in English where the problem is found (so the library's diagnostics stay
/// plain values) and translated where it is printed: each entry is the English message with
/// its variable parts as slots and the same message in Japanese. `{1}` is copied as it is (a
/// key, a value, a place), `{w1}` is a phrase translated from `phrases` when it is one ("the
/// report", "a list"), `{m1}` is itself a message, translated as a whole. A message no entry
/// matches is printed in English; a test holds every message of the invalid fixtures, the
/// importer and the command line to an entry.
public enum MessageCatalog {
    public struct Entry: Sendable {
        public let english: String
        public let japanese: String
    }

    /// `message` in `language`, or the English message when no entry matches.
    public static func localized(_ message: String, _ language: MessageLanguage) -> String {
        language == .en ? message : translate(message, phrase: false) ?? message
    }

    /// The Japanese of `message`, or `nil` when no entry matches it.
    public static func japanese(_ message: String) -> String? {
        translate(message, phrase: false)
    }

    // MARK: Matching

    enum Part: Sendable, Equatable {
        case literal(String)
        case slot(kind: Character, name: String)
    }

    struct Compiled: Sendable {
        let english: [Part]
        let japanese: [Part]
    }

    static func parse(_ template: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let inside = rest[afterOpen..<close]
            var kind: Character = "v"
            var name = inside
            if let first = inside.first, first == "w" || first == "m" {
                kind = first
                name = inside.dropFirst()
            }
            guard !name.isEmpty, name.allSatisfy(\.isNumber) else {
                literal += rest[...open]
                rest = rest[afterOpen...]
                continue
            }
            literal += rest[..<open]
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(.slot(kind: kind, name: String(name)))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    static let compiledEntries: [Compiled] = entries.map { Compiled(english: parse($0.english), japanese: parse($0.japanese)) }
    static let compiledPhrases: [Compiled] = phrases.map { Compiled(english: parse($0.english), japanese: parse($0.japanese)) }

    static func translate(_ message: String, phrase: Bool) -> String? {
        for entry in phrase ? compiledPhrases : compiledEntries {
            var values: [String: Substring] = [:]
            guard match(entry.english[...], Substring(message), &values) else { continue }
            var out = ""
            for part in entry.japanese {
                switch part {
                case .literal(let text): out += text
                case .slot(let kind, let name):
                    let value = String(values[name] ?? "")
                    switch kind {
                    case "w": out += translate(value, phrase: true) ?? value
                    case "m": out += translate(value, phrase: false) ?? value
                    default: out += value
                    }
                }
            }
            return out
        }
        return nil
    }

    /// Whether `text` is `parts`, filling `values`; slots take the shortest text that lets the
    /// rest match (backtracking).
    static func match(_ parts: ArraySlice<Part>, _ text: Substring, _ values: inout [String: Substring]) -> Bool {
        guard let first = parts.first else { return text.isEmpty }
        switch first {
        case .literal(let literal):
            guard text.hasPrefix(literal) else { return false }
            return match(parts.dropFirst(), text.dropFirst(literal.count), &values)
        case .slot(_, let name):
            let rest = parts.dropFirst()
            guard let next = rest.first else {
                values[name] = text
                return true
            }
            guard case .literal(let literal) = next else { return false }
            var searchFrom = text.startIndex
            while let found = text[searchFrom...].range(of: literal) {
                var attempt = values
                attempt[name] = text[..<found.lowerBound]
                if match(rest, text[found.lowerBound...], &attempt) {
                    values = attempt
                    return true
                }
                guard found.lowerBound < text.endIndex else { break }
                searchFrom = text.index(after: found.lowerBound)
            }
            return false
        }
    }
}
