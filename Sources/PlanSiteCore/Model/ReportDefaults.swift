/// What a year's `report.yml` inherits from `plan.yml` and its folder: a key the year leaves out
/// takes these values; a key it writes wins. (A one-year report has no defaults.)
public struct ReportDefaults: Sendable {
    public var title: String
    /// The folder's year: the year's `fiscal_year` when it gives none, and what it must equal when it does.
    public var fiscalYear: Int
    /// By the slots of `Schema.report`.
    public var texts: OptionalTexts
    public var labels: [String: Located<String>]
    public var actors: [ActorDefinition]?
    public var statuses: [StatusDefinition]?

    public init(
        title: String, fiscalYear: Int, texts: OptionalTexts = OptionalTexts(count: Schema.report.texts.count),
        labels: [String: Located<String>] = [:], actors: [ActorDefinition]? = nil, statuses: [StatusDefinition]? = nil
    ) {
        self.title = title
        self.fiscalYear = fiscalYear
        self.texts = texts
        self.labels = labels
        self.actors = actors
        self.statuses = statuses
    }
}
