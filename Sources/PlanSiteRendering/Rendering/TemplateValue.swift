/// What a page model offers for a name, already sorted by kind, so rendering never has to
/// find out with dynamic casts what a value is.
public enum TemplateValue: Sendable {
    case null
    case text(String)
    case bool(Bool)
    // Models and lists sit in a box of their own: without the existentials inline, the value is
    // a plain enum that is copied and destroyed directly, not through the runtime's generic value
    // witnesses (7 % of a build's instructions went there).
    indirect case model(any TemplateModel)
    indirect case list(any TemplateModelList)
    case dictionary([String: String])

    public init(_ text: String) { self = .text(text) }
    public init(_ text: String?) { self = text.map(TemplateValue.text) ?? .null }
    public init(_ flag: Bool) { self = .bool(flag) }
    public init<Model: TemplateModel>(_ model: Model) { self = .model(model) }
    public init<Model: TemplateModel>(_ model: Model?) { self = model.map { .model($0) } ?? .null }
    public init<Model: TemplateModel>(_ list: [Model]) { self = .list(list) }
    public init(_ dictionary: [String: String]) { self = .dictionary(dictionary) }
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
