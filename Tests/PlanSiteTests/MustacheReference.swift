import Mustache
import PlanSiteRendering

/// Page models as swift-mustache reads them, so that it can render every page as the reference
/// for plansite's own template engine. The library itself never links swift-mustache.
struct MustacheModel: MustacheParent {
    let model: any TemplateModel

    func child(named name: String) -> Any? {
        // A known name with no value must not fall through to an outer context's value of the
        // same name (Mustache climbs the context stack on nil), so it answers an explicit null.
        model.field(name).map(Self.value)
    }

    static func value(_ value: TemplateValue) -> Any {
        switch value {
        case .null: return MustacheNull()
        case .text(let text): return text
        case .bool(let flag): return flag
        case .model(let model): return MustacheModel(model: model)
        case .list(let list): return list.models.map { MustacheModel(model: $0) }
        case .dictionary(let dictionary): return dictionary
        }
    }
}

/// A page: its own values first, then those every page shares.
struct MustachePage: MustacheParent {
    let page: Page

    func child(named name: String) -> Any? {
        MustacheModel(model: page.body).child(named: name) ?? MustacheModel(model: page.common).child(named: name)
    }
}

/// "Known, but empty": renders as nothing and is false in sections.
struct MustacheNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
