/// A plan over several years: the contents of `Content/plan.yml`.
///
/// Every year of the plan inherits its title, texts, labels, actors and statuses; a key set in
/// a year's `report.yml` wins for that year (see `ReportDefaults`).
public struct Plan: Sendable {
    public var title: Located<String>
    /// `subtitle`, `organization`, `contact`, `base_url` by the slots of `Schema.plan`.
    public var texts: OptionalTexts
    public var period: Period?
    public var labels: [String: Located<String>]
    /// `nil` when not written: a year then uses its own or the default.
    public var actors: [ActorDefinition]?
    public var statuses: [StatusDefinition]?
    public var statusesPosition: SourcePosition?

    /// The fiscal years the plan runs, both included.
    public struct Period: Sendable {
        public var from: Located<Int>
        public var to: Located<Int>
        public var position: SourcePosition

        public init(from: Located<Int>, to: Located<Int>, position: SourcePosition) {
            self.from = from
            self.to = to
            self.position = position
        }
    }

    public init(
        title: Located<String>, texts: OptionalTexts = OptionalTexts(count: Schema.plan.texts.count),
        period: Period? = nil, labels: [String: Located<String>] = [:],
        actors: [ActorDefinition]? = nil, statuses: [StatusDefinition]? = nil
    ) {
        self.title = title
        self.texts = texts
        self.period = period
        self.labels = labels
        self.actors = actors
        self.statuses = statuses
    }

    /// The optional text `key` of `Schema.plan`.
    public subscript(text key: String) -> Located<String>? {
        get { texts[Schema.plan.slot(key)] }
        set { texts[Schema.plan.slot(key)] = newValue }
    }

    /// What a year in the folder `year` inherits.
    public func defaults(forYear year: Int) -> ReportDefaults {
        var texts = OptionalTexts(count: Schema.report.texts.count)
        for field in Schema.plan.texts {
            if let slot = Schema.report[field.key]?.slot { texts[slot] = self.texts[field.slot!] }
        }
        return ReportDefaults(title: title.value, fiscalYear: year, texts: texts, labels: labels, actors: actors, statuses: statuses)
    }
}
