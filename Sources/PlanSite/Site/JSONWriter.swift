/// A small JSON writer with a fixed key order, so the same report gives the same bytes.
struct JSONWriter {
    private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private var indent = 0

    mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    mutating func string(_ key: String?, _ value: String?) {
        guard let value else { return }
        prefix(key)
        Self.quote(value, into: &output)
    }

    mutating func number(_ key: String?, _ value: Double?) {
        guard let value else { return }
        prefix(key)
        output += NumberFormat.plain(value)
    }

    mutating func integer(_ key: String?, _ value: Int?) {
        guard let value else { return }
        prefix(key)
        output += String(value)
    }

    mutating func null(_ key: String?) {
        prefix(key)
        output += "null"
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        prefix(key)
        output += bracket
        needsComma.append(false)
        indent += 1
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { newline() }
        output += bracket
        if indent == 0 { output += "\n" }
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if indent > 0 { newline() }
        if let key {
            Self.quote(key, into: &output)
            output += ": "
        }
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// JSON string escaping; `<`, `>` and `&` are escaped too so the text is safe inside HTML.
    static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
