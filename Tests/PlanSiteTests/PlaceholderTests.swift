import Foundation
import Testing

@testable import PlanSiteCore

/// What `import` writes as a placeholder is an error until the author replaces it.
@Suite("Placeholders")
struct PlaceholderTests {
    static let written = """
        title: TODO 報告書の表題を入力してください  # TODO plansite import: 表題を書いてください
        fiscal_year: 2030  # TODO plansite import: 年度を確かめてください（年度が始まる西暦年。2030 は推測です）
        policies: []

        """

    @Test("Each placeholder is named at its line; replaced, none is")
    func found() {
        let found = PlaceholderCheck.find(Array(Self.written.utf8), file: "Content/report.yml")
        #expect(found.map(\.position) == [SourcePosition(line: 1, column: 8), SourcePosition(line: 2, column: 14)])
        #expect(found[0].message.hasPrefix("title is still the placeholder plansite import wrote"))
        #expect(found[1].message.hasPrefix("fiscal_year 2030 is the guess plansite import wrote"))
        let replaced = "title: 報告書\nfiscal_year: 2030\npolicies: []\n"
        #expect(PlaceholderCheck.find(Array(replaced.utf8), file: "Content/report.yml").isEmpty)
        // Replaced, the comments left behind: the title is no longer TODO, the year no longer the guess.
        let commentsLeft = Self.written.replacingOccurrences(of: "TODO 報告書の表題を入力してください", with: "報告書")
            .replacingOccurrences(of: "fiscal_year: 2030", with: "fiscal_year: 2013")
        #expect(PlaceholderCheck.find(Array(commentsLeft.utf8), file: "Content/report.yml").isEmpty)
    }

    @Test("A placeholder kept by import --force keeps its mark; a replaced one does not get it back")
    func carried() {
        let new = "title: 新しい表題\nfiscal_year: 2030\npolicies: []\n"
        let carried = PlaceholderCheck.carryMarks(from: Array(Self.written.utf8), to: new)
        #expect(carried == "title: 新しい表題\nfiscal_year: 2030  # TODO plansite import: 年度を確かめてください（年度が始まる西暦年。2030 は推測です）\npolicies: []\n")
    }
}
