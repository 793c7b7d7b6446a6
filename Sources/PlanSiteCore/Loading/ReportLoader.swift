import CLibYAML
import Foundation
import PlanSiteSupport

/// Reads `report.yml` straight from libyaml's events into `Report`, keeping every position.
///
/// The schema decides each value's type, so YAML 1.1 guessing never applies: `no` and `0123`
/// stay text wherever text is expected.
public enum ReportLoader {
    static let emptyFileMessage = "the file is empty; a report needs at least title, fiscal_year and policies"

    /// Files from this size up are read on every core (see `PolicyBlockSplit`).
    static let parallelThreshold = 2_000_000

    /// Decodes `bytes` (the file's contents) reported as `file`. The report is `nil` only when
    /// the file could not be read as YAML at all; otherwise problems are in the diagnostics.
    /// A year of a several-year plan passes what it inherits as `defaults`.
    /// The preview passes a `cache`, which parses again only the policies that changed.
    public static func load(
        _ bytes: [UInt8], file: String, defaults: ReportDefaults? = nil,
        cache: ReportLoadCache? = nil
    ) -> (report: Report?, diagnostics: [Diagnostic]) {
        let misindented = CommonMistakes.indentation(in: bytes)
        if !misindented.isEmpty {
            return (nil, misindented.map { Diagnostic(file: file, position: $0.position, message: $0.message) })
        }
        if let cache { return cache.load(bytes, file: file, defaults: defaults) }
        if bytes.count >= parallelThreshold, Parallel.isEnabled, let result = loadInParallel(bytes, file: file, defaults: defaults) {
            return result
        }
        return loadWhole(bytes, file: file, defaults: defaults)
    }

    /// The header and groups of policies parsed at the same time; `nil` (read it whole) when the
    /// file does not split cleanly or any part has a syntax or encoding error, so that those are
    /// reported exactly as a whole read reports them.
    static func loadInParallel(_ bytes: [UInt8], file: String, parts: Int = 16, defaults: ReportDefaults? = nil) -> (
        report: Report?, diagnostics: [Diagnostic]
    )? {
        let content = Array(ByteOrderMark.droppingUTF8(bytes))
        guard let split = PolicyBlockSplit.find(content, parts: parts) else { return nil }
        enum Part {
            case header(Report?)
            case policies([Policy])
            case failed
        }
        let results = Parallel.map(split.parts.count + 1) { index -> (Part, [Diagnostic]) in
            let log = DiagnosticLog(file: file)
            let bytes = index == 0 ? split.header : Array(content[split.parts[index - 1].range])
            let offset = index == 0 ? 0 : split.parts[index - 1].lineOffset
            let part: Part = bytes.withUnsafeBytes { raw in
                do {
                    let reader = try EventReader(bytes: raw, log: log, lineOffset: offset)
                    if index == 0 {
                        var report: Report?
                        try reader.document { report = try decodeReport(reader, defaults: defaults) }
                        return .header(report)
                    }
                    var policies: [Policy] = []
                    try reader.document {
                        try reader.sequence("policies") { if let p = try decodePolicy(reader) { policies.append(p) } }
                    }
                    return .policies(policies)
                } catch {
                    return .failed
                }
            }
            return (part, log.diagnostics)
        }
        guard case .header(let header)? = results.first?.0 else { return nil }
        var report = header
        var diagnostics: [Diagnostic] = []
        for (part, found) in results {
            switch part {
            case .failed: return nil
            case .header: break
            case .policies(let policies): report?.policies += policies
            }
            diagnostics += found
        }
        return (report, diagnostics.sortedByPlace())
    }

    static func loadWhole(_ bytes: [UInt8], file: String, defaults: ReportDefaults? = nil) -> (report: Report?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog(file: file)
        let body = ByteOrderMark.droppingUTF8(bytes)
        if ByteOrderMark.hasUTF16(body) {
            log.error("the file is UTF-16; save it as UTF-8", at: .start)
            return (nil, log.diagnostics)
        }
        if body.isEmpty {
            log.error(emptyFileMessage, at: .start)
            return (nil, log.diagnostics)
        }
        var hint: CommonMistakes.Hint?
        let report: Report? = body.withUnsafeBytes { raw in
            do {
                let reader = try EventReader(bytes: raw, log: log)
                var report: Report?
                try reader.document { report = try decodeReport(reader, defaults: defaults) }
                return report
            } catch let error as YAMLSyntaxError {
                if let offset = error.readerOffset {
                    let bytes = Array(body)
                    if error.message.contains("control characters") {
                        let code = String(UInt32(bitPattern: error.readerValue), radix: 16, uppercase: true)
                        log.error(
                            "the file contains a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)), which YAML does not allow; delete it",
                            at: EncodingDiagnosis.position(ofByte: offset, in: bytes))
                    } else {
                        log.error(EncodingDiagnosis.describe(bytes), at: EncodingDiagnosis.firstInvalidPosition(bytes))
                    }
                } else if let found = CommonMistakes.explain(problem: error.message, at: error.position, in: body) {
                    hint = found
                } else if CommonMistakes.followsFromTypingMistake(error.position, log.diagnostics) {
                    // The mistake already reported above made the text that libyaml stopped on.
                } else {
                    log.error(error.message, at: error.position)
                }
                return nil
            } catch {
                log.error("\(error)", at: .start)
                return nil
            }
        }
        if let hint {
            // What was read before the mistake and at or after its line is its consequence.
            return (
                nil,
                log.diagnostics.filter { $0.position.line < hint.position.line }
                    + [Diagnostic(file: file, position: hint.position, message: hint.message)]
            )
        }
        return (report, log.diagnostics)
    }

    // MARK: One function per type

    static func decodeReport(_ r: EventReader, defaults: ReportDefaults? = nil) throws -> Report? {
        var title: Located<String>?
        var texts = OptionalTexts(count: Schema.report.texts.count)
        var fiscalYear: Located<Int>?
        var labels: [String: Located<String>] = [:]
        var actors: [ActorDefinition]?
        var statuses: [StatusDefinition]?
        var policies: [Policy]?
        var statusesAt: SourcePosition?
        guard
            let at = try r.mapping(
                "the report",
                { key, keyAt in
                    switch key {
                    case "title": title = try r.text("title")
                    case "fiscal_year": fiscalYear = try decodeFiscalYear(r)
                    case "labels": labels = try decodeLabels(r)
                    case "actors": actors = try decodeActors(r)
                    case "statuses":
                        statusesAt = r.position
                        statuses = try decodeStatuses(r)
                    case "policies":
                        var list: [Policy] = []
                        try r.sequence("policies") { if let p = try decodePolicy(r) { list.append(p) } }
                        policies = list
                    default: try readText(key, at: keyAt, of: Schema.report, in: "the report", into: &texts, r)
                    }
                })
        else { return nil }
        if let defaults {
            inherit(
                defaults, title: &title, fiscalYear: &fiscalYear, texts: &texts, labels: &labels,
                actors: &actors, statuses: &statuses, at: at, r)
        }
        var report = Report(
            title: required(title, "title", in: "the report", at: at, r),
            fiscalYear: required(fiscalYear, "fiscal_year", in: "the report", at: at, r, placeholder: 0),
            texts: texts, labels: labels,
            actors: actors ?? SiteLanguage.of(texts).defaultActors, statuses: statuses ?? SiteLanguage.of(texts).defaultStatuses,
            policies: required(policies.map { Located($0, at: at) }, "policies", in: "the report", at: at, r, placeholder: []).value)
        report.statusesPosition = statusesAt
        return report
    }

    static func decodeLabels(_ r: EventReader) throws -> [String: Located<String>] {
        var labels: [String: Located<String>] = [:]
        try r.mapping("labels") { key, keyAt in
            guard LabelSet.keys.contains(key) else {
                try r.rejectKey(key, at: keyAt, in: "labels", known: LabelSet.keys)
                return
            }
            if let text = try r.text("labels.\(key)") { labels[key] = text }
        }
        return labels
    }

    static func decodeActors(_ r: EventReader) throws -> [ActorDefinition] {
        var actors: [ActorDefinition] = []
        try r.mapping("actors") { key, keyAt in
            var mark: Located<String>?
            var label: Located<String>?
            guard
                let at = try r.mapping(
                    "actor \"\(key)\"",
                    { field, fieldAt in
                        switch field {
                        case "mark": mark = try r.text("mark")
                        case "label": label = try r.text("label")
                        default: try r.rejectKey(field, at: fieldAt, in: "actor \"\(key)\"", known: Schema.actor.keys)
                        }
                    })
            else { return }
            actors.append(
                ActorDefinition(
                    key: Located(key, at: keyAt),
                    mark: mark ?? Located("", at: at),
                    label: required(label, "label", in: "actor \"\(key)\"", at: at, r)))
        }
        return actors
    }

    static func decodeStatuses(_ r: EventReader) throws -> [StatusDefinition] {
        var statuses: [StatusDefinition] = []
        try r.mapping("statuses") { key, keyAt in
            var label: Located<String>?
            var symbol: Located<String>?
            var weight: Located<Double?>?
            guard
                let at = try r.mapping(
                    "status \"\(key)\"",
                    { field, fieldAt in
                        switch field {
                        case "label": label = try r.text("label")
                        case "weight": weight = try r.number("weight")
                        case "symbol": symbol = try r.text("symbol")
                        default: try r.rejectKey(field, at: fieldAt, in: "status \"\(key)\"", known: Schema.status.keys)
                        }
                    })
            else { return }
            statuses.append(
                StatusDefinition(
                    key: Located(key, at: keyAt),
                    label: required(label, "label", in: "status \"\(key)\"", at: at, r),
                    weight: required(
                        weight, "weight", in: "status \"\(key)\" (a number from 0 to 1, or null)", at: at, r,
                        placeholder: nil),
                    symbol: symbol))
        }
        return statuses
    }

    static func decodePolicy(_ r: EventReader) throws -> Policy? {
        var id: Located<String>?
        var title: Located<String>?
        var texts = OptionalTexts(count: Schema.policy.texts.count)
        var number: Located<Int>?
        var objectives: [Objective] = []
        guard
            let at = try r.mapping(
                "policy",
                { key, keyAt in
                    switch key {
                    case "id": id = try r.text("id")
                    case "number": number = try r.integer("number")
                    case "title": title = try r.text("title")
                    case "objectives":
                        try r.sequence("objectives") { if let o = try decodeObjective(r) { objectives.append(o) } }
                    default: try readText(key, at: keyAt, of: Schema.policy, in: "policy", into: &texts, r)
                    }
                })
        else { return nil }
        return Policy(
            id: required(id, "id", in: "policy", at: at, r),
            number: number,
            title: required(title, "title", in: "policy", at: at, r),
            texts: texts, objectives: objectives, position: at)
    }

    static func decodeObjective(_ r: EventReader) throws -> Objective? {
        var title: Located<String>?
        var actions: [Action] = []
        guard
            let at = try r.mapping(
                "objective",
                { key, keyAt in
                    switch key {
                    case "title": title = try r.text("title")
                    case "actions":
                        try r.sequence("actions") { if let a = try decodeAction(r) { actions.append(a) } }
                    default: try r.rejectKey(key, at: keyAt, in: "objective", known: Schema.objective.keys)
                    }
                })
        else { return nil }
        return Objective(title: title, actions: actions, position: at)
    }

    static func decodeAction(_ r: EventReader) throws -> Action? {
        var id: Located<String>?
        var actor: Located<String>?
        var title: Located<String>?
        var status: Located<String>?
        var texts = OptionalTexts(count: Schema.action.texts.count)
        var indicator: Indicator?
        guard
            let at = try r.mapping(
                "action",
                { key, keyAt in
                    switch key {
                    case "id": id = try r.text("id")
                    case "actor": actor = try r.text("actor")
                    case "title": title = try r.text("title")
                    case "status": status = try r.text("status")
                    case "indicator": indicator = try decodeIndicator(r)
                    default: try readText(key, at: keyAt, of: Schema.action, in: "action", into: &texts, r)
                    }
                })
        else { return nil }
        return Action(
            id: id, actor: actor,
            title: required(title, "title", in: "action", at: at, r),
            status: required(status, "status", in: "action", at: at, r),
            indicator: indicator, texts: texts, position: at)
    }

    static func decodeIndicator(_ r: EventReader) throws -> Indicator? {
        var name: Located<String>?
        var unit: Located<String>?
        var target: Located<Double?>?
        var actual: Located<Double?>?
        var baseline: Located<Double?>?
        guard
            let at = try r.mapping(
                "indicator",
                { key, keyAt in
                    switch key {
                    case "name": name = try r.text("name")
                    case "target": target = try r.number("target")
                    case "actual": actual = try r.number("actual")
                    case "baseline": baseline = try r.number("baseline")
                    case "unit": unit = try r.text("unit")
                    default: try r.rejectKey(key, at: keyAt, in: "indicator", known: Schema.indicator.keys)
                    }
                })
        else { return nil }
        func figure(_ value: Located<Double?>?) -> Located<Double>? {
            guard let value, let number = value.value else { return nil }
            return Located(number, at: value.position)
        }
        return Indicator(
            name: required(name, "name", in: "indicator", at: at, r),
            target: figure(target), actual: figure(actual), baseline: figure(baseline), unit: unit, position: at)
    }

    // MARK: Helpers

    /// Fills what a year's file left out from its plan and folder; a `fiscal_year` written in
    /// the file must be the folder's.
    static func inherit(
        _ defaults: ReportDefaults, title: inout Located<String>?, fiscalYear: inout Located<Int>?,
        texts: inout OptionalTexts, labels: inout [String: Located<String>],
        actors: inout [ActorDefinition]?, statuses: inout [StatusDefinition]?,
        at: SourcePosition, _ r: EventReader
    ) {
        if let written = fiscalYear, written.value != defaults.fiscalYear {
            r.log.error(
                "fiscal_year \(written.value) disagrees with the folder years/\(defaults.fiscalYear); write \(defaults.fiscalYear) or leave it out",
                at: written.position)
        }
        if title == nil, r.lastMappingKeys["title"] == nil { title = Located(defaults.title, at: at) }
        if fiscalYear == nil, r.lastMappingKeys["fiscal_year"] == nil { fiscalYear = Located(defaults.fiscalYear, at: at) }
        for slot in texts.values.indices where texts[slot] == nil { texts[slot] = defaults.texts[slot] }
        labels = defaults.labels.merging(labels) { _, own in own }
        if actors == nil { actors = defaults.actors }
        if statuses == nil { statuses = defaults.statuses }
    }

    /// Reads `key` into its slot when the schema stores it as an optional text; any other key
    /// (typed keys are read by the caller) is unknown, with the nearest known key suggested.
    static func readText(
        _ key: String, at keyAt: SourcePosition, of list: FieldList, in what: String,
        into texts: inout OptionalTexts, _ r: EventReader
    ) throws {
        if let slot = list[key]?.slot {
            texts[slot] = try r.text(key)
        } else {
            try r.rejectKey(key, at: keyAt, in: what, known: list.keys)
        }
    }

    /// The value, or a placeholder and a logged problem: "missing key" at the mapping when the key
    /// is absent (unless a misspelt key already suggested it), "has no value" at an empty key, and
    /// nothing more when its value was already reported as wrong.
    static func required<T>(
        _ value: Located<T>?, _ key: String, in what: String, at mapping: SourcePosition,
        _ r: EventReader, placeholder: T
    ) -> Located<T> {
        if let value { return value }
        if let written = r.lastMappingKeys[key] {
            if !written.rejected { r.log.error("\"\(key)\" in \(what) has no value", at: written.position) }
        } else if !r.lastMappingSuggestions.contains(key) {
            r.log.error("missing key \"\(key)\" in \(what)", at: mapping)
        }
        return Located(placeholder, at: mapping)
    }

    static func required(
        _ value: Located<String>?, _ key: String, in what: String, at mapping: SourcePosition,
        _ r: EventReader
    ) -> Located<String> {
        required(value, key, in: what, at: mapping, r, placeholder: "")
    }
}
