import PlanSiteCore
import PlanSiteSupport

/// `data/report.json`: the report as open data, with computed progress.
/// Keys follow the content contract; absent optional values are left out.
enum ReportJSON {
    static func encode(_ report: Report) -> String {
        String(decoding: encodeBytes(report), as: UTF8.self)
    }

    static func encodeBytes(_ report: Report) -> [UInt8] {
        let sink = ByteSink()
        encode(report, into: sink)
        return sink.collected
    }

    /// Streams the JSON into `sink`, a policy at a time.
    static func encode(_ report: Report, into sink: ByteSink) {
        var w = JSONWriter()
        w.sink = sink
        let index = StatusIndex(report.statuses)
        w.beginObject()
        for field in Schema.report.fields {
            if let slot = field.slot {
                w.string(field.key, report.texts[slot]?.value)
                continue
            }
            switch field.key {
            case "title": w.string("title", report.title.value)
            case "fiscal_year":
                w.integer("fiscal_year", report.fiscalYear.value)
                w.string("fiscal_year_label", FiscalYear.label(report.fiscalYear.value))
            default: break  // the tables below, after the report's own values
            }
        }
        w.beginArray("actors")
        for actor in report.actors {
            w.beginObject()
            w.string("key", actor.key.value)
            w.string("mark", actor.mark.value)
            w.string("label", actor.label.value)
            w.endObject()
        }
        w.endArray()
        w.beginArray("statuses")
        for status in report.statuses {
            w.beginObject()
            w.string("key", status.key.value)
            w.string("label", status.label.value)
            if let weight = status.weight.value { w.number("weight", weight) } else { w.null("weight") }
            w.endObject()
        }
        w.endArray()
        var overall = ProgressSummary(statuses: report.statuses)
        for action in report.policies.lazy.flatMap(\.actions) { overall.add(statusKey: action.status.value, index: index) }
        progress(overall, &w)
        w.beginArray("policies")
        for (p, policy) in report.policies.enumerated() {
            w.beginObject()
            w.string("id", policy.id.value)
            w.integer("number", policy.number?.value ?? p + 1)
            w.string("title", policy.title.value)
            for field in Schema.policy.texts { w.string(field.key, policy.texts[field.slot!]?.value) }
            progress(ProgressSummary(actions: policy.actions, statuses: report.statuses), &w)
            w.beginArray("objectives")
            for objective in policy.objectives {
                w.beginObject()
                w.string("title", objective.title?.value)
                w.beginArray("actions")
                for action in objective.actions { encode(action, &w) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
            w.flushIfLarge()
        }
        w.endArray()
        w.endObject()
        sink.write(w.bytes)
    }

    static func progress(_ summary: ProgressSummary, _ w: inout JSONWriter) {
        w.beginObject("progress")
        if let percent = summary.percent { w.integer("percent", percent) } else { w.null("percent") }
        w.integer("total", summary.total)
        w.integer("counted", summary.counted)
        w.number("weight_sum", summary.weightSum)
        w.beginObject("counts")
        for count in summary.counts { w.integer(count.key, count.count) }
        w.endObject()
        w.endObject()
    }

    static func encode(_ action: Action, _ w: inout JSONWriter) {
        w.beginObject()
        for field in actionFields {
            switch field {
            case .text(let key, let slot): w.string(key, action.texts[slot]?.value)
            case .id: w.string("id", action.id?.value)
            case .actor: w.string("actor", action.actor?.value)
            case .title: w.string("title", action.title.value)
            case .status: w.string("status", action.status.value)
            case .indicator:
                guard let indicator = action.indicator else { continue }
                w.beginObject("indicator")
                w.string("name", indicator.name.value)
                w.number("baseline", indicator.baseline?.value)
                w.number("target", indicator.target?.value)
                w.number("actual", indicator.actual?.value)
                w.string("unit", indicator.unit?.value)
                w.endObject()
            }
        }
        w.endObject()
    }

    /// An action's keys in the order of `Schema.action`, resolved once.
    enum ActionKey {
        case text(String, Int)
        case id, actor, title, status, indicator
    }

    static let actionFields: [ActionKey] = Schema.action.fields.map { field in
        if let slot = field.slot { return .text(field.key, slot) }
        switch field.key {
        case "id": return .id
        case "actor": return .actor
        case "title": return .title
        case "status": return .status
        case "indicator": return .indicator
        default: preconditionFailure("no JSON for the action field \(field.key)")
        }
    }
}
