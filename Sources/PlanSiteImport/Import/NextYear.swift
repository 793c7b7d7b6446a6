import Foundation
import PlanSiteCore
import PlanSiteSupport

/// `plansite next-year`: the next fiscal year's `Content/years/<YYYY>/report.yml`, written from
/// the latest year with every action's id spelt out (so that an action keeps its identity when
/// rows move), its results kept for the author to update and its narratives copied.
///
/// A one-year project is first turned into the several-year shape: `plan.yml` from the report's
/// header, the year's files under `years/<YYYY>/`. Nothing is changed in place: the new content is
/// written into a staging folder beside `Content/` (or beside the new year's folder) and put in
/// place with one rename, so a failure or a kill at any point leaves the project as it was.
public enum NextYear {
    public struct Summary: Sendable {
        /// The year written.
        public var year: Int
        /// The year it was written from.
        public var previousYear: Int
        /// Whether a one-year project was turned into a several-year one first.
        public var converted: Bool
        public var actionCount: Int
        public var narrativeCount: Int
        /// The new year's folder.
        public var folder: URL
    }

    public enum Failure: Error {
        /// The content has errors; nothing was written.
        case content([Diagnostic])
        /// A file could not be read or written, or the year exists already; nothing was changed.
        case io(String)
    }

    /// `beforeEachFile` is called with the number of files staged so far, before each one; what it
    /// throws stops the run there (tests inject failures with it). The environment variable
    /// `PLANSITE_NEXT_YEAR_PAUSE_AFTER=N` makes the process wait after N staged files, so that a
    /// test can kill it part-way.
    @discardableResult
    public static func run(content: URL, beforeEachFile: (Int) throws -> Void = { _ in }) throws(Failure) -> Summary {
        let fm = FileManager.default
        let content = content.standardizedFileURL
        var isFolder: ObjCBool = false
        let years = content.appendingPathComponent("years")
        let several =
            fm.fileExists(atPath: content.appendingPathComponent("plan.yml").path)
            || (fm.fileExists(atPath: years.path, isDirectory: &isFolder) && isFolder.boolValue)
        var staged = 0
        let step: () throws -> Void = {
            try beforeEachFile(staged)
            if let pause = pauseAfter, staged == pause { while true { sleep(60) } }
            staged += 1
        }
        do {
            return several ? try addYear(content: content, step: step) : try convert(content: content, step: step)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .io("\(error)")
        }
    }

    static let pauseAfter = ProcessInfo.processInfo.environment["PLANSITE_NEXT_YEAR_PAUSE_AFTER"].flatMap(Int.init)

    // MARK: A several-year project

    static func addYear(content: URL, step: () throws -> Void) throws -> Summary {
        let fm = FileManager.default
        let planURL = content.appendingPathComponent("plan.yml")
        let yearsURL = content.appendingPathComponent("years")
        let plan = try loadPlan(planURL)
        let names = ((try? fm.contentsOfDirectory(atPath: yearsURL.path)) ?? []).filter { PlanYears.year(ofFolder: $0) != nil }
        guard let latest = names.compactMap(PlanYears.year(ofFolder:)).max() else {
            throw Failure.io("\(ProjectPaths.display(yearsURL)) holds no year folder (2013 …) to start from")
        }
        let latestFolder = yearsURL.appendingPathComponent(String(latest))
        let report = try loadReport(latestFolder.appendingPathComponent("report.yml"), defaults: plan.defaults(forYear: latest))
        let year = latest + 1
        if let period = plan.period, year > period.to.value {
            throw Failure.content([
                Diagnostic(
                    file: ProjectPaths.display(planURL), position: period.to.position,
                    message:
                        "the plan's period ends with \(period.to.value); to add \(year), set period.to to \(year) or later first")
            ])
        }
        let target = yearsURL.appendingPathComponent(String(year))
        guard !fm.fileExists(atPath: target.path) else {
            throw Failure.io("\(ProjectPaths.display(target)) exists already; nothing was changed")
        }
        let stage = yearsURL.appendingPathComponent(".\(year).next-year")
        try? fm.removeItem(at: stage)  // what a killed run left
        do {
            let narratives = try stageYear(
                next(report, year: year), plan: plan, from: latestFolder.appendingPathComponent("policies"),
                into: stage, rewriteLinks: false, header: header(year: year, from: latest, content: content),
                step: step)
            try fm.moveItem(at: stage, to: target)
            return Summary(
                year: year, previousYear: latest, converted: false, actionCount: report.policies.reduce(0) { $0 + $1.actions.count },
                narrativeCount: narratives, folder: target)
        } catch {
            try? fm.removeItem(at: stage)
            throw error
        }
    }

    // MARK: A one-year project

    static func convert(content: URL, step: () throws -> Void) throws -> Summary {
        let fm = FileManager.default
        let reportURL = content.appendingPathComponent("report.yml")
        guard fm.fileExists(atPath: reportURL.path) else {
            throw Failure.io("\(ProjectPaths.display(content)) holds neither report.yml nor plan.yml")
        }
        let report = try loadReport(reportURL, defaults: nil)
        let year = report.fiscalYear.value
        let plan = plan(from: report)
        let parent = content.deletingLastPathComponent()
        let stage = parent.appendingPathComponent(".\(content.lastPathComponent).next-year")
        try? fm.removeItem(at: stage)  // what a killed run left
        let policies = content.appendingPathComponent("policies")
        do {
            try fm.createDirectory(at: stage, withIntermediateDirectories: false)
            // Everything else of Content/ (assets/ …) stays where it was.
            for name in try fm.contentsOfDirectory(atPath: content.path).sorted() where name != "report.yml" && name != "policies" {
                try step()
                try fm.copyItem(at: content.appendingPathComponent(name), to: stage.appendingPathComponent(name))
            }
            try step()
            try Data(YAMLWriter.encode(plan).utf8).write(to: stage.appendingPathComponent("plan.yml"))
            let years = stage.appendingPathComponent("years")
            let schema = schemaLine(content: content)
            let narratives = try stageYear(
                moved(report), plan: plan, from: policies, into: years.appendingPathComponent(String(year)),
                rewriteLinks: true, header: schema, step: step)
            _ = try stageYear(
                moved(next(report, year: year + 1)), plan: plan, from: policies,
                into: years.appendingPathComponent(String(year + 1)), rewriteLinks: true,
                header: header(year: year + 1, from: year, content: content), step: step)
            try step()
            try swap(stage, content)
            try? fm.removeItem(at: stage)  // now the old content
            return Summary(
                year: year + 1, previousYear: year, converted: true, actionCount: report.policies.reduce(0) { $0 + $1.actions.count },
                narrativeCount: narratives, folder: content.appendingPathComponent("years/\(year + 1)"))
        } catch {
            // Before the swap the stage is only a copy; the content was never touched.
            if fm.fileExists(atPath: content.appendingPathComponent("report.yml").path) { try? fm.removeItem(at: stage) }
            throw error
        }
    }

    /// The plan of a one-year report: its header (title, texts plan.yml has, labels, actors, statuses).
    /// A title that starts with its own fiscal year (`平成25年度 …`, `2013年度 …`) gives the plan
    /// the rest, so that later years do not inherit the first year's name; that year keeps its own.
    static func plan(from report: Report) -> Plan {
        var texts = OptionalTexts(count: Schema.plan.texts.count)
        for field in Schema.plan.texts {
            if let slot = Schema.report[field.key]?.slot { texts[field.slot!] = report.texts[slot] }
        }
        var title = report.title
        if let (_, rest) = yearPrefix(title.value, year: report.fiscalYear.value) {
            let plain = rest.trimmingCharacters(in: .whitespaces)
            if !plain.isEmpty { title = Located(plain, at: title.position) }
        }
        return Plan(title: title, texts: texts, labels: report.labels, actors: report.actors, statuses: report.statuses)
    }

    // MARK: Writing a year

    /// The next year from `report`: its fiscal year, without the dates of the year before.
    static func next(_ report: Report, year: Int) -> Report {
        var next = report
        next.fiscalYear = Located(year, at: report.fiscalYear.position)
        // `平成25年度 …` becomes `平成26年度 …`, `2013年度 …` `2014年度 …`.
        if let (words, rest) = yearPrefix(report.title.value, year: report.fiscalYear.value) {
            let named = words.first?.isNumber == true ? "\(year)年度" : FiscalYear.eraName(year) ?? "\(year)年度"
            next.title = Located(named + rest, at: report.title.position)
        }
        next[text: "published"] = nil
        next[text: "updated"] = nil
        return next
    }

    /// A title that starts with the name of its fiscal year: that name and the rest.
    static func yearPrefix(_ title: String, year: Int) -> (words: String, rest: String)? {
        guard let named = SpreadsheetImporter.inferFiscalYear(title), named.year == year, title.hasPrefix(named.words) else { return nil }
        return (named.words, String(title.dropFirst(named.words.count)))
    }

    /// A year's `report.yml`: every action's id written out, and what the year inherits from the
    /// plan left out, so that it loads back with the plan into the same report.
    static func yearYAML(_ report: Report, plan: Plan) -> String {
        var year = report
        var omitted: Set<String> = []
        if year.title.value == plan.title.value { omitted.insert("title") }
        for field in Schema.plan.texts {
            guard let slot = Schema.report[field.key]?.slot, let own = year.texts[slot] else { continue }
            if own.value == plan.texts[field.slot!]?.value { year.texts[slot] = nil }
        }
        year.labels = year.labels.filter { plan.labels[$0.key]?.value != $0.value.value }
        func key(_ actor: ActorDefinition) -> [String] { [actor.key.value, actor.mark.value, actor.label.value] }
        func key(_ status: StatusDefinition) -> [String] {
            [status.key.value, status.label.value, status.weight.value.map { "\($0)" } ?? "-", status.symbol?.value ?? "-"]
        }
        if year.actors.map(key) == (plan.actors ?? ActorDefinition.defaults).map(key) { omitted.insert("actors") }
        if year.statuses.map(key) == (plan.statuses ?? StatusDefinition.defaults).map(key) { omitted.insert("statuses") }
        return YAMLWriter.encode(year, omitting: omitted)
    }

    /// Writes a year's folder (`report.yml`, `policies/`) into `folder`; returns the narratives copied.
    static func stageYear(
        _ report: Report, plan: Plan, from policies: URL, into folder: URL, rewriteLinks: Bool,
        header: String, step: () throws -> Void
    ) throws -> Int {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try step()
        try Data((header + yearYAML(report, plan: plan)).utf8).write(to: folder.appendingPathComponent("report.yml"))
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: policies.path, isDirectory: &isFolder), isFolder.boolValue else { return 0 }
        let target = folder.appendingPathComponent("policies")
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        var count = 0
        for name in try fm.contentsOfDirectory(atPath: policies.path).sorted() where !name.hasPrefix(".") {
            try step()
            let source = policies.appendingPathComponent(name)
            if rewriteLinks, name.hasSuffix(".md"), let text = String(data: try Data(contentsOf: source), encoding: .utf8) {
                try Data(MovedLinks.narrative(text).utf8).write(to: target.appendingPathComponent(name))
            } else {
                try fm.copyItem(at: source, to: target.appendingPathComponent(name))
            }
            count += name.hasSuffix(".md") ? 1 : 0
        }
        return count
    }

    /// A one-year report's Markdown fields as they read from `years/<YYYY>/report.yml`.
    static func moved(_ report: Report) -> Report {
        var report = report
        func fix(_ texts: inout OptionalTexts, _ list: FieldList) {
            for field in list.texts where field.kind == .markdown {
                if let value = texts[field.slot!] { texts[field.slot!] = Located(MovedLinks.field(value.value), at: value.position) }
            }
        }
        for p in report.policies.indices {
            fix(&report.policies[p].texts, Schema.policy)
            for o in report.policies[p].objectives.indices {
                for a in report.policies[p].objectives[o].actions.indices { fix(&report.policies[p].objectives[o].actions[a].texts, Schema.action) }
            }
        }
        return report
    }

    static func header(year: Int, from previous: Int, content: URL) -> String {
        schemaLine(content: content)
            + "# \(year)年度の実施結果。\(previous)年度から写しました: result・status などを今年度のものに直してください。\n"
    }

    /// The editor's schema line, when the project has the schema `init` writes.
    static func schemaLine(content: URL) -> String {
        let schema = content.deletingLastPathComponent().appendingPathComponent("report.schema.json")
        return FileManager.default.fileExists(atPath: schema.path) ? "# yaml-language-server: $schema=../../../report.schema.json\n" : ""
    }

    // MARK: Reading

    static func loadPlan(_ url: URL) throws -> Plan {
        let file = ProjectPaths.display(url)
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: url)) } catch { throw Failure.io("\(file): cannot read: \(error.localizedDescription)") }
        let loaded = PlanLoader.load(bytes, file: file)
        guard let plan = loaded.plan, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            throw Failure.content(loaded.diagnostics)
        }
        return plan
    }

    /// The report, checked, with every default id filled in.
    static func loadReport(_ url: URL, defaults: ReportDefaults?) throws -> Report {
        let file = ProjectPaths.display(url)
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: url)) } catch { throw Failure.io("\(file): cannot read: \(error.localizedDescription)") }
        let loaded = ReportLoader.load(bytes, file: file, defaults: defaults)
        guard let report = loaded.report, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            throw Failure.content(loaded.diagnostics)
        }
        let validated = ReportValidator.validate(report, file: file)
        guard !validated.diagnostics.contains(where: { $0.severity == .error }) else { throw Failure.content(validated.diagnostics) }
        return validated.report
    }

    // MARK: The swap

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Exchanges the staged content with `Content/` in one step (`renameat2(RENAME_EXCHANGE)`);
    /// where the file system cannot, two renames, the old content kept until the second one is done.
    static func swap(_ stage: URL, _ content: URL) throws {
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
            let exchange = unsafeBitCast(symbol, to: RenameAt2.self)
            if exchange(AT_FDCWD, stage.path, AT_FDCWD, content.path, 1 << 1) == 0 { return }
            guard [EINVAL, ENOSYS, ENOTSUP].contains(errno) else {
                throw Failure.io("cannot put the new content in place of \(ProjectPaths.display(content)): \(String(cString: strerror(errno)))")
            }
        }
        let old = content.deletingLastPathComponent().appendingPathComponent(".\(content.lastPathComponent).previous")
        try? FileManager.default.removeItem(at: old)
        try FileManager.default.moveItem(at: content, to: old)
        do { try FileManager.default.moveItem(at: stage, to: content) } catch {
            try? FileManager.default.moveItem(at: old, to: content)
            throw error
        }
        try FileManager.default.moveItem(at: old, to: stage)
    }
}
