import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

@Suite("Progress arithmetic")
struct ProgressTests {
    let statuses = StatusDefinition.defaults

    func summary(_ keys: [String], statuses: [StatusDefinition]? = nil) -> ProgressSummary {
        let actions = keys.map { Action(title: .init("t", at: .start), status: .init($0, at: .start), position: .start) }
        return ProgressSummary(actions: actions, statuses: statuses ?? self.statuses)
    }

    @Test(
        "Percent rounds half up",
        arguments: [
            (5.0, 8, 63), (58.0, 80, 73), (1.0, 8, 13), (2.5, 4, 63), (16.0, 19, 84), (5.5, 6, 92),
            (1.0, 3, 33), (2.0, 3, 67), (0.5, 1, 50), (0.0, 5, 0), (7.0, 7, 100),
        ])
    func halfUp(sum: Double, count: Int, expected: Int) {
        #expect(ProgressSummary.roundedPercent(sum, of: count) == expected)
    }

    @Test func halfUpWithBinaryFractions() {
        // 0.725 is just below the half in binary; the rounding must still go up (72.5 → 73).
        let keys = Array(repeating: "done", count: 29) + Array(repeating: "partial", count: 0) + Array(repeating: "not_started", count: 11)
        #expect(summary(keys).percent == 73)
        #expect(summary(Array(repeating: "done", count: 5) + Array(repeating: "not_started", count: 3)).percent == 63)
    }

    @Test func countsByStatusInReportOrder() {
        let s = summary(["done", "partial", "done", "not_started"])
        #expect(s.counts.map(\.key) == ["done", "partial", "not_started"])
        #expect(s.counts.map(\.count) == [2, 1, 1])
        #expect(s.total == 4)
        #expect(s.percent == 63)  // 2.5 / 4
    }

    @Test func nullWeightsAreShownButNotCounted() {
        let withNA = statuses + [StatusDefinition(key: .init("na", at: .start), label: .init("評価不能", at: .start), weight: .init(nil, at: .start))]
        let s = summary(["done", "na", "na", "not_started"], statuses: withNA)
        #expect(s.total == 4)
        #expect(s.counted == 2)
        #expect(s.count(of: "na") == 2)
        #expect(s.percent == 50)
        let onlyNA = summary(["na"], statuses: withNA)
        #expect(onlyNA.percent == nil)
    }

    @Test func noActionsHasNoPercent() {
        let s = summary([])
        #expect(s.percent == nil)
        #expect(s.total == 0)
    }

    @Test("The seed report: 19 actions, 15/2/2, overall 84%, policies 92/70/75/100/100")
    func seedFigures() throws {
        let input = try TestSupport.seedInput()
        let loaded = ReportLoader.load(input.reportBytes, file: input.reportFile)
        #expect(loaded.diagnostics.isEmpty)
        let report = try #require(loaded.report)
        let all = ProgressSummary(actions: report.policies.flatMap(\.actions), statuses: report.statuses)
        #expect(all.total == 19)
        #expect(all.counts.map(\.count) == [15, 2, 2])
        #expect(all.percent == 84)
        let perPolicy = report.policies.map { ProgressSummary(actions: $0.actions, statuses: report.statuses).percent }
        #expect(perPolicy == [92, 70, 75, 100, 100])
        #expect(report.policies.count == 5)
        #expect(report.policies.reduce(0) { $0 + $1.objectives.count } == 11)
    }

    @Test func overviewShowsTheFiguresInWords() throws {
        let built = TestSupport.build(try TestSupport.seedInput())
        let index = try #require(built.files["index.html"])
        // On the overview each count links to the list filtered by its status; in print it is plain text.
        #expect(
            index.contains(
                "19件中 <a href=\"actions.html?status=done\">実施15件</a>・<a href=\"actions.html?status=partial\">一部実施2件</a>・<a href=\"actions.html?status=not_started\">未実施2件</a>"
            ))
        #expect(try #require(built.files["print.html"]).contains("19件中 実施15件・一部実施2件・未実施2件"))
        #expect(index.contains(">84%<"))
        for figure in ["92%", "70%", "75%", "100%"] { #expect(index.contains("<strong>\(figure)</strong>")) }
    }
}

@Suite("Japanese fiscal years")
struct FiscalYearTests {
    @Test(arguments: [
        (2013, "2013年度（平成25年度）"), (2019, "2019年度（令和元年度）"), (2020, "2020年度（令和2年度）"),
        (1989, "1989年度（平成元年度）"), (1988, "1988年度（昭和63年度）"), (2018, "2018年度（平成30年度）"),
    ])
    func label(year: Int, expected: String) {
        #expect(FiscalYear.label(year) == expected)
    }
}

@Suite("Number formats")
struct NumberFormatTests {
    @Test func decimals() {
        #expect(NumberFormat.decimal(1234) == "1,234")
        #expect(NumberFormat.decimal(0.5) == "0.5")
        #expect(NumberFormat.decimal(12.25) == "12.25")
        #expect(NumberFormat.decimal(1234567.05) == "1,234,567.05")
        #expect(NumberFormat.decimal(-3) == "-3")
        #expect(NumberFormat.plain(26) == "26")
        #expect(NumberFormat.plain(0.5) == "0.5")
        #expect(NumberFormat.length(78.94736842) == "78.947")
        #expect(NumberFormat.length(50) == "50")
        #expect(NumberFormat.length(0.1) == "0.1")
    }
}
