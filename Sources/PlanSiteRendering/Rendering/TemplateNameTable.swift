import Foundation

/// Small numbers for template names, so that a lookup in a page model is an array index
/// instead of hashing the name: the same number for a name wherever it is used.
enum TemplateNameTable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var ids: [String: Int] = [:]

    /// The number of `name`, given out on first use.
    static func id(for name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[name] { return id }
        let id = ids.count
        ids[name] = id
        return id
    }
}

/// A model type's `fields`, indexed by name number; built once per type.
public final class FieldTable<Model>: Sendable {
    let closures: [(@Sendable (Model) -> TemplateValue)?]

    public init(_ fields: [String: @Sendable (Model) -> TemplateValue]) {
        var closures: [(@Sendable (Model) -> TemplateValue)?] = []
        for (name, closure) in fields.sorted(by: { $0.key < $1.key }) {
            let id = TemplateNameTable.id(for: name)
            if id >= closures.count { closures += Array(repeating: nil, count: id - closures.count + 1) }
            closures[id] = closure
        }
        self.closures = closures
        known = closures.map { $0 != nil }
    }

    /// Whether `closures[id]` is there, read without touching the closure.
    let known: [Bool]

    @inline(__always)
    func knows(_ id: Int) -> Bool {
        id < known.count && known[id]
    }

    @inline(__always)
    func value(_ id: Int, of model: Model) -> TemplateValue? {
        guard id < closures.count, let closure = closures[id] else { return nil }
        return closure(model)
    }
}
