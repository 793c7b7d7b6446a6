import PlanSiteSupport

/// A small JSON writer with a fixed key order, so the same report gives the same bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Where the text goes in pieces of about a megabyte, if anywhere; the rest stays in `bytes`.
    var sink: ByteSink?

    /// Hands what has gathered to the sink once it is large.
    mutating func flushIfLarge() {
        guard let sink, bytes.count >= 1 << 20 else { return }
        sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
    var output: String { String(decoding: bytes, as: UTF8.self) }
    private var needsComma: [Bool] = [false]
    private var indent = 0

    mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    mutating func string(_ key: String?, _ value: String?) {
        guard let value else { return }
        prefix(key)
        Self.quote(value, into: &bytes)
    }

    mutating func number(_ key: String?, _ value: Double?) {
        guard let value else { return }
        prefix(key)
        bytes.append(contentsOf: NumberFormat.plain(value).utf8)
    }

    mutating func integer(_ key: String?, _ value: Int?) {
        guard let value else { return }
        prefix(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func null(_ key: String?) {
        prefix(key)
        bytes.append(contentsOf: "null".utf8)
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        prefix(key)
        bytes.append(contentsOf: bracket.utf8)
        needsComma.append(false)
        indent += 1
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { newline() }
        bytes.append(contentsOf: bracket.utf8)
        if indent == 0 { bytes.append(0x0A) }
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if indent > 0 { newline() }
        if let key {
            Self.quote(key, into: &bytes)
            bytes.append(contentsOf: ": ".utf8)
        }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    /// JSON string escaping; `<`, `>` and `&` are escaped too so the text is safe inside HTML.
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                var escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: break
                }
                if let escape {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    output.append(contentsOf: escape.utf8)
                    i += byte == 0xE2 ? 3 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
