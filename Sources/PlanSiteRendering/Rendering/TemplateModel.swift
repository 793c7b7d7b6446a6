/// A page-model value that templates read by name.
///
/// The names a type offers are exactly the keys of `fields`, so tests can check every name a
/// template uses and `Templates/README.md` documents them all. Lookups are dictionary reads,
/// not reflection (about 3.5× faster on table-heavy pages).
public protocol TemplateModel: Sendable {
    static var fields: [String: @Sendable (Self) -> TemplateValue] { get }
    /// `fields` by name number (`static let fieldTable = FieldTable(fields)` in every model).
    static var fieldTable: FieldTable<Self> { get }

    /// `nil` when the type has no such name. A requirement (not only an extension method) so
    /// that each type's witness is specialised: the generic version looks up the closure's type
    /// metadata on every call.
    func field(_ name: String) -> TemplateValue?

    /// The same by name number (see `TemplateNameTable`): what rendering uses.
    func field(id: Int) -> TemplateValue?

    /// Whether the type has the name `id`, without making its value.
    func knows(id: Int) -> Bool
}

extension TemplateModel {
    public func field(_ name: String) -> TemplateValue? {
        Self.fields[name].map { $0(self) }
    }

    public func field(id: Int) -> TemplateValue? {
        Self.fieldTable.value(id, of: self)
    }

    public func knows(id: Int) -> Bool {
        Self.fieldTable.knows(id)
    }
}

extension TemplateModel {
    public static var fieldNames: [String] { fields.keys.sorted() }
}

/// A page: its own values first, then those every page shares.
public struct Page: Sendable {
    public let body: any TemplateModel
    public let common: any TemplateModel

    public init(body: any TemplateModel, common: any TemplateModel) {
        self.body = body
        self.common = common
    }
}
