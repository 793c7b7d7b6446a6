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
        w.string("title", report.title.value)
        w.string("subtitle", report.subtitle?.value)
        w.string("organization", report.organization?.value)
        w.integer("fiscal_year", report.fiscalYear.value)
        w.string("fiscal_year_label", FiscalYear.label(report.fiscalYear.value))
        w.string("published", report.published?.value)
        w.string("base_url", report.baseURL?.value)
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
            w.string("summary", policy.summary?.value)
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
        w.string("id", action.id?.value)
        w.string("actor", action.actor?.value)
        w.string("title", action.title.value)
        w.string("plan", action.plan?.value)
        w.string("result", action.result?.value)
        w.string("status", action.status.value)
        w.string("department", action.department?.value)
        if let indicator = action.indicator {
            w.beginObject("indicator")
            w.string("name", indicator.name.value)
            w.number("baseline", indicator.baseline?.value)
            w.number("target", indicator.target?.value)
            w.number("actual", indicator.actual?.value)
            w.string("unit", indicator.unit?.value)
            w.endObject()
        }
        w.string("challenges", action.challenges?.value)
        w.string("next_steps", action.nextSteps?.value)
        w.string("note", action.note?.value)
        w.endObject()
    }
}
