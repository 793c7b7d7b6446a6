import PlanSiteSupport

/// The language of a site (`language:` in report.yml): the theme's words, `<html lang>`, how
/// years, dates and counts are written, and the built-in actors and statuses.
public enum SiteLanguage: String, Sendable, CaseIterable {
    case ja
    case en

    /// The language `language:` names; `nil` for a value that is neither.
    public init?(written: String) {
        self.init(rawValue: written.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The language of a report: its `language:`, Japanese when there is none.
    public static func of(_ texts: OptionalTexts) -> SiteLanguage {
        texts[Schema.report.slot("language")].flatMap { SiteLanguage(written: $0.value) } ?? .ja
    }

    /// `2013年度（平成25年度）`; in English `FY2013` (the era year is shown only in Japanese).
    public func fiscalYear(_ year: Int) -> String {
        self == .ja ? FiscalYear.label(year) : "FY\(year)"
    }

    /// `2013年度`: a year among others, where the era is not needed; `FY2013`.
    public func shortYear(_ year: Int) -> String {
        self == .ja ? "\(year)年度" : "FY\(year)"
    }

    /// `2013年度（平成25年度）〜2015年度（平成27年度）`; `FY2013–FY2015`.
    public func period(_ from: Int, _ to: Int) -> String {
        if from == to { return fiscalYear(from) }
        return self == .ja ? "\(fiscalYear(from))〜\(fiscalYear(to))" : "\(fiscalYear(from))–\(fiscalYear(to))"
    }

    /// `2015年度（平成27年度）（2014年度比）`; `FY2015 (compared with FY2014)`.
    public func compared(_ year: Int, with previous: Int) -> String {
        self == .ja ? "\(fiscalYear(year))（\(shortYear(previous))比）" : "\(fiscalYear(year)) (compared with \(shortYear(previous)))"
    }

    /// The language of a plan: `language:` of plan.yml, Japanese when there is none.
    public static func of(plan texts: OptionalTexts) -> SiteLanguage {
        texts[Schema.plan.slot("language")].flatMap { SiteLanguage(written: $0.value) } ?? .ja
    }

    /// `2014年6月30日`; `30 June 2014`.
    public func date(_ date: CalendarDate) -> String {
        guard self == .en else { return date.japanese }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `15件`; `15 actions`, `1 action` (`unit` is the label `count_unit`).
    public func count(_ n: Int, _ unit: String) -> String {
        guard self == .en else { return "\(n)\(unit)" }
        guard !unit.isEmpty else { return "\(n)" }
        return n == 1 && unit.hasSuffix("s") ? "1 \(unit.dropLast())" : "\(n) \(unit)"
    }

    /// A status with its count: `実施15件`; `Done: 15`.
    public func statusCount(_ label: String, _ n: Int, _ unit: String) -> String {
        self == .ja ? "\(label)\(n)\(unit)" : "\(label): \(n)"
    }

    /// `19件中 実施15件・一部実施2件・未実施2件`; `19 actions: Done: 15, Partly done: 2, Not started: 2`.
    public func counts(total: Int, _ parts: [String], _ unit: String) -> String {
        countsLead(total: total, unit) + parts.joined(separator: countsSeparator)
    }

    /// What comes before the counts of each status: `19件中 `; `19 actions: `.
    public func countsLead(total: Int, _ unit: String) -> String {
        self == .ja ? "\(count(total, unit))中 " : "\(count(total, unit)): "
    }

    /// Between the counts of two statuses: `・`; `, `.
    public var countsSeparator: String { self == .ja ? "・" : ", " }

    /// `施策1`; `Policy 1`.
    public func numbered(_ word: String, _ n: Int) -> String {
        self == .ja ? "\(word)\(n)" : "\(word) \(n)"
    }

    /// `表題（印刷用の全体版）`; `Title (Full document for printing)`.
    public func withNote(_ text: String, _ note: String) -> String {
        self == .ja ? "\(text)（\(note)）" : "\(text) (\(note))"
    }

    /// The statuses a report without `statuses:` has.
    public var defaultStatuses: [StatusDefinition] {
        guard self == .en else { return StatusDefinition.defaults }
        return [("done", "Done", 1.0), ("partial", "Partly done", 0.5), ("not_started", "Not started", 0.0)].map {
            StatusDefinition(key: .init($0.0, at: .start), label: .init($0.1, at: .start), weight: .init($0.2, at: .start))
        }
    }

    /// The actors a report without `actors:` has.
    public var defaultActors: [ActorDefinition] {
        guard self == .en else { return ActorDefinition.defaults }
        return [("citizen", "★", "Citizens lead"), ("city", "●", "The city leads"), ("joint", "◎", "Citizens and the city")].map {
            ActorDefinition(key: .init($0.0, at: .start), mark: .init($0.1, at: .start), label: .init($0.2, at: .start))
        }
    }
}
