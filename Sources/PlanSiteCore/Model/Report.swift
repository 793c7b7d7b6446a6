/// One year's results of an action plan: the contents of `Content/report.yml`.
///
/// Every value keeps the position it was read from, so that later stages can point at it.
/// Required values that were missing in the file hold a placeholder; the loader has then
/// reported them, and no site is built from such a report.
public struct Report: Sendable {
    public var title: Located<String>
    /// The Western year in which the fiscal year starts (2013 for 平成25年度).
    public var fiscalYear: Located<Int>
    /// `subtitle`, `organization`, `published`, `base_url` … by the slots of `Schema.report`.
    public var texts: OptionalTexts
    /// Overrides of UI labels, by label key (see `LabelSet`).
    public var labels: [String: Located<String>]
    public var actors: [ActorDefinition]
    public var statuses: [StatusDefinition]
    public var policies: [Policy]
    /// Where `statuses:` was written, if it was.
    public var statusesPosition: SourcePosition?

    public init(
        title: Located<String>, fiscalYear: Located<Int>, texts: OptionalTexts = OptionalTexts(count: Schema.report.texts.count),
        labels: [String: Located<String>] = [:], actors: [ActorDefinition] = ActorDefinition.defaults,
        statuses: [StatusDefinition] = StatusDefinition.defaults, policies: [Policy]
    ) {
        self.title = title
        self.fiscalYear = fiscalYear
        self.texts = texts
        self.labels = labels
        self.actors = actors
        self.statuses = statuses
        self.policies = policies
    }
}

/// Who leads an action (★ citizens, ● the city, ◎ both, in the seed's legend).
public struct ActorDefinition: Sendable {
    public var key: Located<String>
    public var mark: Located<String>
    public var label: Located<String>

    public init(key: Located<String>, mark: Located<String>, label: Located<String>) {
        self.key = key
        self.mark = mark
        self.label = label
    }

    /// The legend of the seed report, used when `actors` is not given.
    public static let defaults: [ActorDefinition] = [
        ("citizen", "★", "市民が主体"), ("city", "●", "市が主体"), ("joint", "◎", "市民と市が主体"),
    ].map { ActorDefinition(key: .init($0.0, at: .start), mark: .init($0.1, at: .start), label: .init($0.2, at: .start)) }
}

/// How far an action got. `weight` in [0, 1] counts towards progress; `nil` is shown but not counted.
public struct StatusDefinition: Sendable {
    public var key: Located<String>
    public var label: Located<String>
    public var weight: Located<Double?>
    /// A short sign shown beside the label, so a status never depends on colour alone.
    public var symbol: Located<String>?

    public init(key: Located<String>, label: Located<String>, weight: Located<Double?>, symbol: Located<String>? = nil) {
        self.key = key
        self.label = label
        self.weight = weight
        self.symbol = symbol
    }

    /// The grades of the seed report, used when `statuses` is not given.
    public static let defaults: [StatusDefinition] = [
        ("done", "実施", 1.0), ("partial", "一部実施", 0.5), ("not_started", "未実施", 0.0),
    ].map { StatusDefinition(key: .init($0.0, at: .start), label: .init($0.1, at: .start), weight: .init($0.2, at: .start)) }
}

/// A 施策: a policy with its 取組方針 (objectives).
public struct Policy: Sendable {
    public var id: Located<String>
    public var number: Located<Int>?
    public var title: Located<String>
    /// `summary`, `contact` … by the slots of `Schema.policy`.
    public var texts: OptionalTexts
    public var objectives: [Objective]
    public var position: SourcePosition

    public init(
        id: Located<String>, number: Located<Int>? = nil, title: Located<String>,
        texts: OptionalTexts = OptionalTexts(count: Schema.policy.texts.count),
        objectives: [Objective], position: SourcePosition
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.texts = texts
        self.objectives = objectives
        self.position = position
    }

    /// Every action of the policy, objective after objective.
    public var actions: [Action] { objectives.flatMap(\.actions) }
}

/// A 取組方針: one table of actions, with an optional heading.
public struct Objective: Sendable {
    public var title: Located<String>?
    public var actions: [Action]
    public var position: SourcePosition

    public init(title: Located<String>?, actions: [Action], position: SourcePosition) {
        self.title = title
        self.actions = actions
        self.position = position
    }
}

/// A 取組: one row of a results table.
public struct Action: Sendable {
    /// The id as written; `nil` means the default `<policy id>-<n>`, filled in by validation.
    public var id: Located<String>?
    public var actor: Located<String>?
    public var title: Located<String>
    public var status: Located<String>
    public var indicator: Indicator?
    /// `plan`, `result`, `department` … by the slots of `Schema.action`.
    public var texts: OptionalTexts
    public var position: SourcePosition

    public init(
        id: Located<String>? = nil, actor: Located<String>? = nil, title: Located<String>, status: Located<String>,
        indicator: Indicator? = nil, texts: OptionalTexts = OptionalTexts(count: Schema.action.texts.count),
        position: SourcePosition
    ) {
        self.id = id
        self.actor = actor
        self.title = title
        self.status = status
        self.indicator = indicator
        self.texts = texts
        self.position = position
    }

    /// Whether the action has a value for `field` of `Schema.action`.
    public func has(_ field: Field) -> Bool {
        if let slot = field.slot { return texts[slot] != nil }
        switch field.key {
        case "id": return id != nil
        case "actor": return actor != nil
        case "indicator": return indicator != nil
        default: return true  // title and status are required
        }
    }

}

/// A measured figure of an action: actual against target.
public struct Indicator: Sendable {
    public var name: Located<String>
    public var target: Located<Double>?
    public var actual: Located<Double>?
    public var baseline: Located<Double>?
    public var unit: Located<String>?
    public var position: SourcePosition

    public init(
        name: Located<String>, target: Located<Double>? = nil, actual: Located<Double>? = nil,
        baseline: Located<Double>? = nil, unit: Located<String>? = nil, position: SourcePosition
    ) {
        self.name = name
        self.target = target
        self.actual = actual
        self.baseline = baseline
        self.unit = unit
        self.position = position
    }
}

/// A value of the content contract with optional texts: reached by key where a stage gives one
/// a meaning of its own (`report[text: "base_url"]`), by slot everywhere else.
public protocol HasOptionalTexts {
    static var fieldList: FieldList { get }
    var texts: OptionalTexts { get set }
}

extension HasOptionalTexts {
    public subscript(text key: String) -> Located<String>? {
        get { texts[Self.fieldList.slot(key)] }
        set { texts[Self.fieldList.slot(key)] = newValue }
    }
}

extension Report: HasOptionalTexts { public static var fieldList: FieldList { Schema.report } }
extension Policy: HasOptionalTexts { public static var fieldList: FieldList { Schema.policy } }
extension Action: HasOptionalTexts { public static var fieldList: FieldList { Schema.action } }
