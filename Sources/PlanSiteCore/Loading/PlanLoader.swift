import PlanSiteSupport

/// Reads `Content/plan.yml` (the header of a several-year plan) into `Plan`, with the same
/// typed reading, positions and messages as `report.yml`.
public enum PlanLoader {
    /// The plan is `nil` only when the file could not be read as YAML at all.
    public static func load(_ bytes: [UInt8], file: String) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog(file: file)
        let body = ByteOrderMark.droppingUTF8(bytes)
        if ByteOrderMark.hasUTF16(body) {
            log.error("the file is UTF-16; save it as UTF-8", at: .start)
            return (nil, log.diagnostics)
        }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) {
            log.error("the file is empty; a plan needs at least a title", at: .start)
            return (nil, log.diagnostics)
        }
        let plan: Plan? = body.withUnsafeBytes { raw in
            do {
                let reader = try EventReader(bytes: raw, log: log)
                var plan: Plan?
                try reader.document { plan = try decodePlan(reader) }
                return plan
            } catch let error as YAMLSyntaxError {
                log.error(
                    error.readerOffset == nil ? error.message : EncodingDiagnosis.describe(Array(body)),
                    at: error.readerOffset == nil ? error.position : EncodingDiagnosis.firstInvalidPosition(Array(body)))
                return nil
            } catch {
                log.error("\(error)", at: .start)
                return nil
            }
        }
        guard var plan else { return (nil, log.diagnostics) }
        check(&plan, log)
        return (plan, log.diagnostics)
    }

    static func decodePlan(_ r: EventReader) throws -> Plan? {
        var title: Located<String>?
        var texts = OptionalTexts(count: Schema.plan.texts.count)
        var period: Plan.Period?
        var labels: [String: Located<String>] = [:]
        var actors: [ActorDefinition]?
        var statuses: [StatusDefinition]?
        var statusesAt: SourcePosition?
        guard
            let at = try r.mapping(
                "the plan",
                { key, keyAt in
                    switch key {
                    case "title": title = try r.text("title")
                    case "period": period = try decodePeriod(r)
                    case "labels": labels = try ReportLoader.decodeLabels(r)
                    case "actors": actors = try ReportLoader.decodeActors(r)
                    case "statuses":
                        statusesAt = r.position
                        statuses = try ReportLoader.decodeStatuses(r)
                    case "fiscal_year", "policies":
                        r.log.error("\"\(key)\" belongs in a year's report.yml (Content/years/<YYYY>/report.yml), not in plan.yml", at: keyAt)
                        try r.skipNode()
                    default: try ReportLoader.readText(key, at: keyAt, of: Schema.plan, in: "the plan", into: &texts, r)
                    }
                })
        else { return nil }
        var plan = Plan(
            title: ReportLoader.required(title, "title", in: "the plan", at: at, r), texts: texts, period: period,
            labels: labels, actors: actors, statuses: statuses)
        plan.statusesPosition = statusesAt
        return plan
    }

    static func decodePeriod(_ r: EventReader) throws -> Plan.Period? {
        var from: Located<Int>?
        var to: Located<Int>?
        guard
            let at = try r.mapping(
                "period",
                { key, keyAt in
                    switch key {
                    case "from": from = try r.integer("period.from")
                    case "to": to = try r.integer("period.to")
                    default: try r.rejectKey(key, at: keyAt, in: "period", known: Schema.period.keys)
                    }
                })
        else { return nil }
        let first = ReportLoader.required(from, "from", in: "period", at: at, r, placeholder: 0)
        let last = ReportLoader.required(to, "to", in: "period", at: at, r, placeholder: 0)
        guard from != nil, to != nil else { return nil }
        return Plan.Period(from: first, to: last, position: at)
    }

    /// The plan's own rules; a value found wrong is dropped, so that the years that inherit it
    /// do not report it again.
    static func check(_ plan: inout Plan, _ log: DiagnosticLog) {
        if !plan.title.value.isEmpty, plan.title.value.allSatisfy(\.isWhitespace) {
            log.error("title must not be blank", at: plan.title.position)
        }
        let before = log.diagnostics.count
        ReportValidator.checkTextFormats(plan.texts, Schema.plan, log)
        if log.diagnostics.count > before { plan[text: "base_url"] = nil }
        if let period = plan.period {
            for year in [period.from, period.to] where !(1868...2200).contains(year.value) {
                log.error("period: expected the Western year a fiscal year starts in, such as 2013, found \(year.value)", at: year.position)
            }
            if period.from.value > period.to.value {
                log.error("period: from (\(period.from.value)) is after to (\(period.to.value))", at: period.to.position)
            }
        }
        if let statuses = plan.statuses {
            if statuses.isEmpty { log.error("statuses: a plan needs at least one status", at: plan.statusesPosition ?? .start) }
            for status in statuses {
                if let weight = status.weight.value, !(0...1).contains(weight) {
                    log.error(
                        "weight of status \"\(status.key.value)\" must be from 0 to 1 (or null to leave it out of progress), found \(weight)",
                        at: status.weight.position)
                }
            }
            plan.statuses = statuses.filter { ($0.weight.value.map { (0...1).contains($0) }) ?? true }
        }
    }
}
