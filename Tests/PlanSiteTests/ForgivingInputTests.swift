import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteSupport

/// What is unambiguous is read the way the author meant it: a status by its label or symbol,
/// an actor by its label or mark, a fiscal year by its era; what is not stays an error.
@Suite("Forgiving input")
struct ForgivingInputTests {
    @Test(
        "Fiscal years as people write them",
        arguments: [
            ("2013", 2013), ("2013年度", 2013), ("平成25年度", 2013), ("平成25", 2013), ("H25", 2013), ("h25", 2013),
            ("Ｈ２５", 2013), ("令和元年度", 2019), ("R1", 2019), ("平成31年度", 2019), ("昭和64年", 1989), ("S.50", 1975),
        ])
    func fiscalYears(_ written: String, _ year: Int) {
        #expect(FiscalYear.parse(written) == year)
    }

    @Test("Years that are not years, or that an era never reached", arguments: ["平成32年度", "令和0年度", "来年度", "X25", "12", "平成", ""])
    func notYears(_ written: String) {
        #expect(FiscalYear.parse(written) == nil)
    }

    /// The seed with one status by its label, one actor by its mark and the year by its era
    /// builds to the same figures as the seed itself, and `check` only notes the key forms.
    @Test("status: 実施, actor: ● and fiscal_year: 平成25年度 build the seed to the same 84%")
    func seedWithOtherForms() throws {
        var input = try TestSupport.seedInput()
        var text = String(decoding: input.reportBytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "fiscal_year: 2013", with: "fiscal_year: 平成25年度")
        for (key, other) in [("status: done", "status: 実施"), ("status: partial", "status: 一部実施"), ("actor: city", "actor: ●")] {
            let range = try #require(text.range(of: key))
            text.replaceSubrange(range, with: other)
        }
        input.reportBytes = Array(text.utf8)
        let result = SiteGenerator.generate(input)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.map(\.severity) == [.note, .note, .note, .note])
        let seed = SiteGenerator.generate(try TestSupport.seedInput())
        for (a, b) in zip(seed.files, result.files) where a.path.hasSuffix(".html") || a.path.hasSuffix(".json") || a.path.hasSuffix(".csv") {
            #expect(try a.data() == b.data(), "\(a.path)")
        }
        let index = String(decoding: try #require(result.files.first { $0.path == "index.html" }).data(), as: UTF8.self)
        #expect(index.contains(">84%<"))
    }

    /// Editors that check report.yml against `plansite schema` accept the same years.
    @Test("The JSON Schema's fiscal_year takes the era forms the loader reads")
    func schemaYears() throws {
        let schema = try #require(JSONSerialization.jsonObject(with: Data(JSONSchema.reportSchema().utf8)) as? [String: Any])
        let field = try #require((schema["properties"] as? [String: Any])?["fiscal_year"] as? [String: Any])
        let shapes = try #require(field["anyOf"] as? [[String: Any]])
        let pattern = try #require(shapes.compactMap { $0["pattern"] as? String }.first)
        let regex = try NSRegularExpression(pattern: pattern)
        func accepts(_ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        for written in ["平成25年度", "平成25", "H25", "令和元年度", "R1", "2013年度", "Ｈ２５"] {
            #expect(accepts(written), "\(written)")
            #expect(FiscalYear.parse(written) != nil, "\(written)")
        }
        for written in ["来年度", "2013.5", "平成"] { #expect(!accepts(written), "\(written)") }
    }

    @Test("A label shared by two statuses is an error naming both")
    func ambiguous() {
        let statuses = [("done", "実施", "○"), ("later", "次年度", "○")].map {
            StatusDefinition(
                key: .init($0.0, at: .start), label: .init($0.1, at: .start), weight: .init(1, at: .start),
                symbol: .init($0.2, at: .start))
        }
        #expect(
            ReportValidator.resolve("○", keys: statuses.map(\.key.value), names: statuses.map { [$0.label.value, $0.symbol!.value] })
                == .several(["done", "later"]))
        #expect(
            ReportValidator.resolve("次年度", keys: statuses.map(\.key.value), names: statuses.map { [$0.label.value, $0.symbol!.value] })
                == .one("later"))
        #expect(ReportValidator.resolve("done", keys: ["done"], names: [["実施"]]) == .key)
        #expect(ReportValidator.resolve("ｄｏｎｅ", keys: ["done"], names: [["実施"]]) == .one("done"))
        #expect(ReportValidator.resolve("\u{3000}実施 ", keys: ["done"], names: [["実施"]]) == .one("done"))
        #expect(ReportValidator.resolve("未実施", keys: ["done"], names: [["実施"]]) == .unknown)
    }
}
