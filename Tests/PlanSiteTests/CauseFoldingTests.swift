import Foundation
import Testing

@testable import PlanSiteCore

/// A problem that only follows from another is shown under it, and never twice.
@Suite("One cause, one error")
struct CauseFoldingTests {
    func diagnostic(_ file: String, _ line: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, position: SourcePosition(line: line, column: 1), message: message)
    }

    @Test("The same line twice is shown once")
    func duplicatesDropped() {
        let d = diagnostic("Content/policies/a.md", 8, "link \"x.png\" points to no file in Content/assets/")
        #expect(CauseFolding.fold([d, d]) == [d])
    }

    @Test("A narrative without its policy carries the links to it; a duplicate id carries both")
    func folding() {
        let orphan = diagnostic("Content/policies/framework.md", 1, "no policy has the id \"framework\"; a narrative's file name must be a policy id")
        let link = diagnostic("Content/policies/activity.md", 8, "link \"framework.md#top\" points to no file in Content/assets/ and no policy")
        let other = diagnostic("Content/policies/activity.md", 9, "link \"x.png\" points to no file in Content/assets/")
        let duplicate = diagnostic("Content/report.yml", 119, "duplicate policy id \"awareness\" (first used at 12:9)")
        let alone = CauseFolding.fold([link, other, orphan])
        #expect(alone.count == 2)
        #expect(alone.last?.consequences == [link])
        let both = CauseFolding.fold([link, other, orphan, duplicate])
        #expect(both.map(\.line) == [other.line, duplicate.line])
        #expect(both.last?.consequences == [orphan, link])
        #expect(both.last?.description.split(separator: "\n").count == 3)
    }
}
