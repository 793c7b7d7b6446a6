import PlanSiteCore

extension YAMLWriter {
    /// The YAML text of `plan.yml`: the plan's title, texts, labels, actors and statuses, in the
    /// order and layout of `report.yml` (plan.yml's fields are a part of report.yml's, in the same order).
    public static func encode(_ plan: Plan) -> String {
        var texts = OptionalTexts(count: Schema.report.texts.count)
        for field in Schema.plan.texts {
            if let slot = Schema.report[field.key]?.slot { texts[slot] = plan.texts[field.slot!] }
        }
        let header = Report(
            title: plan.title, fiscalYear: Located(0, at: .start), texts: texts, labels: plan.labels,
            actors: plan.actors ?? ActorDefinition.defaults, statuses: plan.statuses ?? StatusDefinition.defaults,
            policies: [])
        let planKeys = Set(Schema.plan.fields.map(\.key))
        return encode(header, omitting: Set(Schema.report.fields.map(\.key).filter { !planKeys.contains($0) }))
    }
}
