import Mustache

/// A page-model value that templates read by name.
///
/// The names a type offers are exactly the keys of `fields`, so tests can check every name a
/// template uses and `Templates/README.md` documents them all. Lookups are dictionary reads,
/// not reflection (about 3.5× faster on table-heavy pages).
public protocol TemplateModel: MustacheParent, Sendable {
    static var fields: [String: @Sendable (Self) -> TemplateValue] { get }
    /// `fields` by name number (`static let fieldTable = FieldTable(fields)` in every model).
    static var fieldTable: FieldTable<Self> { get }

    /// `nil` when the type has no such name. A requirement (not only an extension method) so
    /// that each type's witness is specialised: the generic version looks up the closure's type
    /// metadata on every call.
    func field(_ name: String) -> TemplateValue?

    /// The same by name number (see `TemplateNameTable`): what rendering uses.
    func field(id: Int) -> TemplateValue?
}

extension TemplateModel {
    public func field(_ name: String) -> TemplateValue? {
        Self.fields[name].map { $0(self) }
    }

    public func field(id: Int) -> TemplateValue? {
        Self.fieldTable.value(id, of: self)
    }

    /// The same values for swift-mustache, the reference renderer of the tests.
    public func child(named name: String) -> Any? {
        // A known name with no value must not fall through to an outer context's value of the
        // same name (Mustache climbs the context stack on nil), so it answers an explicit null.
        field(name)?.mustacheValue
    }
}

/// What a page model offers for a name, already sorted by kind, so rendering never has to
/// find out with dynamic casts what a value is.
public enum TemplateValue: Sendable {
    case null
    case text(String)
    case bool(Bool)
    case model(any TemplateModel)
    case list(any TemplateModelList)
    case dictionary([String: String])

    public init(_ text: String) { self = .text(text) }
    public init(_ text: String?) { self = text.map(TemplateValue.text) ?? .null }
    public init(_ flag: Bool) { self = .bool(flag) }
    public init<Model: TemplateModel>(_ model: Model) { self = .model(model) }
    public init<Model: TemplateModel>(_ model: Model?) { self = model.map { .model($0) } ?? .null }
    public init<Model: TemplateModel>(_ list: [Model]) { self = .list(list) }
    public init(_ dictionary: [String: String]) { self = .dictionary(dictionary) }

    var mustacheValue: Any {
        switch self {
        case .null: return TemplateNull.shared
        case .text(let text): return text
        case .bool(let flag): return flag
        case .model(let model): return model
        case .list(let list): return list.models
        case .dictionary(let dictionary): return dictionary
        }
    }
}

/// A list of page models, whatever their type, as templates iterate it.
public protocol TemplateModelList: Sendable {
    var isEmpty: Bool { get }
    var count: Int { get }
    func forEachModel(_ body: (any TemplateModel) -> Void)
    var models: [any TemplateModel] { get }
}

extension Array: TemplateModelList where Element: TemplateModel {
    public func forEachModel(_ body: (any TemplateModel) -> Void) {
        for element in self { body(element) }
    }

    public var models: [any TemplateModel] { map { $0 } }
}

/// "Known, but empty": renders as nothing and is false in sections.
struct TemplateNull: MustacheCustomRenderable, Sendable {
    static let shared = TemplateNull()
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// Every page-model type, for tests and documentation.
public enum TemplateModels {
    public static let all: [any TemplateModel.Type] = [
        PageCommon.self, SiteView.self, ProgressView.self, StatusCountView.self, BarSegment.self, LegendEntry.self,
        OverviewBody.self, PolicyRow.self, ActorRow.self, NotDoneRow.self, NotDoneGroup.self,
        PolicyView.self, TocEntry.self, ObjectiveView.self, ActionRow.self, IndicatorView.self, ColumnSet.self,
        PolicyLink.self, PolicyPageBody.self, PrintBody.self, NotFoundBody.self,
    ]

    /// Every name any page model offers.
    public static var allNames: Set<String> {
        Set(all.flatMap { type in type.fieldNames })
    }
}

extension TemplateModel {
    public static var fieldNames: [String] { fields.keys.sorted() }
}

/// A page: its own values first, then those every page shares.
struct Page: MustacheParent, Sendable {
    let body: any TemplateModel
    let common: PageCommon

    func child(named name: String) -> Any? {
        body.child(named: name) ?? common.child(named: name)
    }
}
