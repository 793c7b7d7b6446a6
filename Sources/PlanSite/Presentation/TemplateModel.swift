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
        ActionsPageBody.self, ActionsPolicyGroup.self, ActionsObjectiveGroup.self, ActionEntry.self, FilterOption.self,
        DepartmentRow.self, StatusLink.self,
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
