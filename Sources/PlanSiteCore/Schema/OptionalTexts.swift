/// The optional text fields of a model value, by the slot its type's `FieldList` gives them.
/// Stages that load, write or show them go through the list, so a new field of this kind is one
/// declaration in `Schema`.
public struct OptionalTexts: Sendable {
    public var values: [Located<String>?]

    public init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    public subscript(slot: Int) -> Located<String>? {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    /// Whether no field is set.
    public var isEmpty: Bool { values.allSatisfy { $0 == nil } }
}
