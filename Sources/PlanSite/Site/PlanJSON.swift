import PlanSiteCore
import PlanSiteSupport

/// `data/report.json` of a several-year plan: `{ "plan": {...}, "years": [ one-year objects ] }`,
/// each year exactly as a one-year site writes it.
enum PlanJSON {
    /// Everything before the first year's object: the plan, and the opening of `years`. A
    /// several-year build writes it, then each year's object as it reads the year, then `tail`.
    static func head(_ plan: Plan, years: [Int], into sink: ByteSink) {
        var w = JSONWriter()
        w.sink = sink
        w.beginObject()
        w.beginObject("plan")
        for field in Schema.plan.fields {
            if let slot = field.slot {
                w.string(field.key, plan.texts[slot]?.value)
                continue
            }
            switch field.key {
            case "title": w.string("title", plan.title.value)
            case "period":
                let from = plan.period?.from.value ?? years.first
                let to = plan.period?.to.value ?? years.last
                w.beginObject("period")
                w.integer("from", from)
                w.integer("to", to)
                w.endObject()
            default: break  // labels, actors and statuses: as each year has them
            }
        }
        w.beginArray("fiscal_years")
        for year in years { w.integer(nil, year) }
        w.endArray()
        w.endObject()
        w.flushIfLarge()
        w.beginArray("years")
        w.endArray()
        w.endObject()
        // The years are written into the empty array: each year's object, indented one level deeper.
        var head = w.bytes
        head.removeLast(4)  // the empty array's "]" and the object's "\n}\n"; its "[" stays
        sink.write(head)
    }

    /// The year at `index` (from 0) of `years`, as a one-year site writes it, one level deeper.
    static func year(_ report: Report, index: Int, into sink: ByteSink) {
        let year = ByteSink()
        ReportJSON.encode(report, into: year)
        var bytes = year.collected
        while bytes.last == 0x0A { bytes.removeLast() }
        var indented: [UInt8] = Array((index == 0 ? "\n    " : ",\n    ").utf8)
        indented.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            indented.append(byte)
            if byte == 0x0A { indented += Array("    ".utf8) }
        }
        sink.write(indented)
    }

    static func tail(into sink: ByteSink) {
        sink.write(Array("\n  ]\n}\n".utf8))
    }
}
