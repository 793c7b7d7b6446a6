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
        JSONText.quote(value, into: &bytes)
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
            JSONText.quote(key, into: &bytes)
            bytes.append(contentsOf: ": ".utf8)
        }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<indent {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }
}
