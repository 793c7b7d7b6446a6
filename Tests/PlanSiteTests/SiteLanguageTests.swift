import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteSupport

/// `language: en` switches every word of the built-in theme; Japanese stays the default.
@Suite("The theme in two languages")
struct SiteLanguageTests {
    static let english = TestSupport.fixtures.appendingPathComponent("english")

    static func englishSite() throws -> [String: String] {
        var input = try ProjectReader.read(ProjectPaths(root: english, templates: URL(fileURLWithPath: "/nonexistent")))
        input.reportFile = "Content/report.yml"
        let built = TestSupport.build(input)
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        return built.files
    }

    @Test("Every label key has an English word")
    func everyKeyInEnglish() {
        let missing = LabelSet.keys.filter { LabelSet.english[$0] == nil }
        #expect(missing.isEmpty, "label keys without an English word in LabelSetLanguages.swift: \(missing)")
        #expect(Set(LabelSet.english.keys).subtracting(LabelSet.keys).isEmpty)
    }

    /// The English example has no Japanese in its content, so any Japanese character on its
    /// pages would be a word of the theme that did not follow the language.
    @Test("The English example builds with every word of the theme in English")
    func englishSiteHasNoJapanese() throws {
        let files = try Self.englishSite()
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 6)
        for (path, html) in pages {
            #expect(html.contains("<html lang=\"en\">"), "\(path)")
            let japanese = html.unicodeScalars.filter { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
            #expect(japanese.isEmpty, "\(path): \(String(String.UnicodeScalarView(japanese)))")
        }
        let index = try #require(files["index.html"])
        #expect(index.contains("FY2013"))
        #expect(!index.contains("平成"))
        #expect(index.contains("30 June 2014"))
        #expect(index.contains("3 actions: Done: 1, Partly done: 1, Not started: 1"))
        #expect(index.contains("aria-label=\"Site navigation\""))
        let policy = try #require(files["policies/awareness.html"])
        #expect(policy.contains("Plans for next year"))  // labels: still overrides one word
        #expect(policy.contains("aria-label=\"You are here\""))
        #expect(policy.contains("Policy 1"))
        let json = try #require(files["data/report.json"])
        #expect(json.contains("\"language\": \"en\"") || json.contains("\"language\":\"en\""))
    }

    @Test("Japanese stays the default: lang=ja, the era year, Japanese words")
    func japaneseDefault() throws {
        let built = TestSupport.build(TestSupport.input(TestSupport.report(actions: ["{ title: 学習会, status: done }"])))
        let index = try #require(built.files["index.html"])
        #expect(index.contains("<html lang=\"ja\">"))
        #expect(index.contains("2013年度（平成25年度）"))
        #expect(index.contains("aria-label=\"サイト内の移動\""))
    }

    @Test("An unknown language is an error naming the ones there are")
    func unknownLanguage() {
        let built = TestSupport.build(TestSupport.input("title: T\nfiscal_year: 2013\nlanguage: english\npolicies: []\n"))
        #expect(built.diagnostics == ["Content/report.yml:3:11: language: expected one of ja, en, found \"english\""])
        #expect(SiteLanguage(written: "EN") == .en)
    }

    @Test("Counts in English: one action, several actions")
    func englishCounts() {
        #expect(SiteLanguage.en.count(1, "actions") == "1 action")
        #expect(SiteLanguage.en.count(3, "actions") == "3 actions")
        #expect(SiteLanguage.ja.count(3, "件") == "3件")
        #expect(SiteLanguage.en.fiscalYear(2019) == "FY2019")
        #expect(SiteLanguage.ja.fiscalYear(2019) == "2019年度（令和元年度）")
    }
}

/// `language: en` in plan.yml: the pages across years and every year speak English.
@Suite("A plan over several years in English")
struct PlanLanguageTests {
    @Test func planLanguageReachesEveryPage() throws {
        guard case .severalYears(var input) = try ProjectReader.readProject(ProjectPaths(root: YearsTests.example)) else {
            Issue.record("the example is not read as a several-year project")
            return
        }
        input.planBytes = Array("language: en\n".utf8) + input.planBytes
        let result = PlanGenerator.generate(input)
        #expect(!result.diagnostics.hasErrors)
        var pages: [String: String] = [:]
        for file in result.files where file.path.hasSuffix(".html") { pages[file.path] = String(decoding: try file.data(), as: UTF8.self) }
        #expect(pages.count > 20)
        for (path, html) in pages { #expect(html.contains("<html lang=\"en\">"), "\(path)") }
        let index = try #require(pages["index.html"])
        #expect(index.contains("FY2013–FY2015") && index.contains("Progress by year") && !index.contains("年度比較"))
        let year = try #require(pages["2014/policies/sharing.html"])
        #expect(year.contains(">FY2013</a>") && year.contains("The year before"))
    }
}
