import PlanSiteSupport

/// One rendering: the output bytes and the context stack.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]
    var out: [UInt8] = []
    var stack: [Frame] = []
    /// Whether a long list may be split over the cores (never inside a part already split).
    var parallel = false
    /// The block overrides of the enclosing `{{<parent}}` calls.
    var blocks: [String: [TemplateNode]] = [:]
    /// Where finished output goes once a megabyte has gathered (not while an indented partial,
    /// which rewrites its own output, is open).
    var sink: ByteSink?
    var indenting = 0
    var remembered = RememberedLookups()
    /// How many frames have been pushed (`Frame.generation`).
    var generations = 0

    /// Puts `frame` on the stack with a generation no earlier frame of this renderer had.
    mutating func push(_ frame: Frame) {
        var frame = frame
        generations += 1
        frame.generation = generations
        stack.append(frame)
    }

    private mutating func flushIfLarge() {
        guard let sink, indenting == 0, out.count >= 1 << 20 else { return }
        sink.write(out)
        out.removeAll(keepingCapacity: true)
    }

    typealias Value = TemplateValue

    mutating func render(_ nodes: [TemplateNode]) {
        for n in nodes.indices {
            switch nodes[n] {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                if let key = rememberedKey(path) {
                    appendRemembered(key, escaped: escaped)
                } else {
                    append(resolve(path), escaped: escaped)
                }
            case .section(let path, let inverted, let body):
                let value = resolve(path)
                if inverted {
                    if isFalsy(value) { render(body) }
                    continue
                }
                switch value {
                case .null: break
                case .bool(let flag): if flag { render(body) }
                case .list(let list):
                    if parallel, list.count >= 8 {
                        renderInParallel(list, body)
                        continue
                    }
                    list.forEachModel { model in
                        push(.model(model))
                        render(body)
                        stack.removeLast()
                        flushIfLarge()
                    }
                case .model(let model): renderPushed(.model(model), body)
                case .dictionary(let dictionary): renderPushed(.dictionary(dictionary), body)
                case .text(let text): renderPushed(.text(text), body)
                }
            case .partial(let name, let indentation):
                guard let partial = templates[name] else { continue }
                let start = out.count
                if !indentation.isEmpty { indenting += 1 }
                render(partial)
                if !indentation.isEmpty {
                    indenting -= 1
                    indent(from: start, by: indentation)
                }
            case .parent(let name, let overrides, let indentation):
                guard let parent = templates[name] else { continue }
                // The more derived template's blocks win over those it passes on.
                let outer = blocks
                blocks = overrides.merging(outer) { _, outer in outer }
                let start = out.count
                if !indentation.isEmpty { indenting += 1 }
                render(parent)
                blocks = outer
                if !indentation.isEmpty {
                    indenting -= 1
                    indent(from: start, by: indentation)
                }
            case .block(let name, let body):
                render(blocks[name] ?? body)
            }
        }
    }

    /// Each item on its own renderer (with a copy of the context stack), joined in list order.
    private mutating func renderInParallel(_ list: any TemplateModelList, _ body: [TemplateNode]) {
        let models = list.models
        // Windows of items: rendered on every core, joined in order, handed on before the next.
        let window = 64
        var start = 0
        while start < models.count {
            let end = min(models.count, start + window)
            let shared = SharedParts(
                templates: templates, stack: stack, generations: generations, models: Array(models[start..<end]),
                body: body, blocks: blocks)
            let parts = Parallel.map(end - start) { i -> [UInt8] in
                var part = TemplateRenderer(templates: shared.templates)
                // A part is a policy of the print document or of the list of actions: tens of
                // kilobytes, gathered without growing the buffer several times.
                part.out.reserveCapacity(65_536)
                part.stack = shared.stack
                part.generations = shared.generations
                part.push(.model(shared.models[i]))
                part.blocks = shared.blocks
                part.render(shared.body)
                return part.out
            }
            for part in parts { out.append(contentsOf: part) }
            flushIfLarge()
            start = end
        }
    }

    /// What the parallel parts read; all of it is immutable values.
    private struct SharedParts: @unchecked Sendable {
        let templates: [String: [TemplateNode]]
        let stack: [Frame]
        let generations: Int
        let models: [any TemplateModel]
        let body: [TemplateNode]
        let blocks: [String: [TemplateNode]]
    }

    private mutating func renderPushed(_ frame: Frame, _ body: [TemplateNode]) {
        push(frame)
        render(body)
        stack.removeLast()
    }

    private func isFalsy(_ value: Value) -> Bool {
        switch value {
        case .null: return true
        case .bool(let flag): return !flag
        case .list(let list): return list.isEmpty
        default: return false
        }
    }

    // MARK: Names

    private mutating func resolve(_ path: [TemplatePathPart]) -> Value {
        let first = path[0]
        if first.isCurrent, path.count == 1 {
            guard let top = stack.last else { return .null }
            switch top.kind {
            case .model: return .model(top.model)
            case .dictionary: return .dictionary(top.dictionary)
            case .text: return .text(top.text)
            }
        }
        if let key = rememberedKey(path) { return remembered.value[key] }
        // The first name from the innermost context outwards; the rest inside what it found.
        // Frames are read in place (`stack[index].model`), never copied out of the stack.
        var index = stack.count - 1
        while index >= 0 {
            let found: Value?
            switch stack[index].kind {
            case .model: found = stack[index].model.field(id: first.id)
            case .dictionary: found = stack[index].dictionary[first.name].map(Value.text)
            case .text: found = nil
            }
            if var value = found {
                var p = 1
                while p < path.count {
                    switch value {
                    case .model(let model): value = model.field(id: path[p].id) ?? .null
                    case .dictionary(let dictionary): value = dictionary[path[p].name].map(Value.text) ?? .null
                    default: return .null
                    }
                    p += 1
                }
                if index < stack.count - 1, first.pathID >= 0 {
                    remembered.remember(first.pathID, frame: index, generation: stack[index].generation, value: value)
                }
                return value
            }
            index -= 1
        }
        return .null
    }

    /// The number under which `path`'s value is remembered, when that still holds: its frame is
    /// still there and no frame above it has the name.
    @inline(__always)
    private func rememberedKey(_ path: [TemplatePathPart]) -> Int? {
        let key = path[0].pathID
        guard key >= 0, key < remembered.frame.count else { return nil }
        let found = remembered.frame[key]
        guard found >= 0, found < stack.count, stack[found].generation == remembered.generation[key] else { return nil }
        let id = path[0].id
        var index = found + 1
        while index < stack.count {
            switch stack[index].kind {
            case .model: if stack[index].model.knows(id: id) { return nil }
            case .dictionary: if stack[index].dictionary[path[0].name] != nil { return nil }
            case .text: break
            }
            index += 1
        }
        return key
    }

    /// Writes a remembered value, escaping it only the first time.
    private mutating func appendRemembered(_ key: Int, escaped: Bool) {
        if escaped {
            if remembered.escaped[key] == nil { remembered.escaped[key] = bytes(of: remembered.value[key], escaped: true) }
            out.append(contentsOf: remembered.escaped[key]!)
        } else {
            if remembered.raw[key] == nil { remembered.raw[key] = bytes(of: remembered.value[key], escaped: false) }
            out.append(contentsOf: remembered.raw[key]!)
        }
    }

    private mutating func bytes(of value: Value, escaped: Bool) -> [UInt8] {
        let start = out.count
        append(value, escaped: escaped)
        let made = Array(out[start...])
        out.removeSubrange(start...)
        return made
    }

    // MARK: Output

    private mutating func append(_ value: Value, escaped: Bool) {
        switch value {
        case .null: break
        case .text(let text): escaped ? appendEscaped(text) : out.append(contentsOf: text.utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .model, .list, .dictionary: break
        }
    }

    /// HTML-escapes `& < > " '` as swift-mustache does.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in Self.plainPrefix(bytes)..<bytes.count {
                let replacement: StaticString
                switch bytes[i] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                start = i + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
    }

    /// How many leading bytes certainly need no escaping, found eight at a time: most texts
    /// (Japanese sentences) have none of `& < > " '`, and the byte-by-byte check below then
    /// only looks at the last few bytes.
    @inline(__always)
    private static func plainPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ word: UInt64, _ byte: UInt64) -> UInt64 {
            let x = word ^ (byte &* ones)
            return (x &- ones) & ~x & highs
        }
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if has(word, 0x26) | has(word, 0x3C) | has(word, 0x3E) | has(word, 0x22) | has(word, 0x27) != 0 { break }
            i += 8
        }
        return i
    }

    /// Indents every line written since `start` (a standalone partial's indentation).
    private mutating func indent(from start: Int, by indentation: [UInt8]) {
        guard start < out.count else { return }
        var result: [UInt8] = indentation
        let written = out[start...]
        for (offset, byte) in zip(written.indices, written) {
            result.append(byte)
            if byte == UInt8(ascii: "\n"), offset + 1 < out.count { result.append(contentsOf: indentation) }
        }
        out.replaceSubrange(start..., with: result)
    }
}
