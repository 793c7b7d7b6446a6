import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// The loader, the validator and their helpers, on reports written inline.
@Suite("Loading and validating report.yml")
struct LoaderTests {
    static let file = "Content/report.yml"

    /// A minimal valid report with the given lines before `policies:` and the given policies block.
    static func yaml(head: String = "", policies: String = "policies:\n  - id: p\n    title: 施策\n") -> String {
        "title: テスト報告\nfiscal_year: 2013\n" + head + policies
    }

    static func load(_ text: String) -> (report: Report?, lines: [String]) {
        load(bytes: Array(text.utf8))
    }

    static func load(bytes: [UInt8]) -> (report: Report?, lines: [String]) {
        let loaded = ReportLoader.load(bytes, file: file)
        return (loaded.report, loaded.diagnostics.map(\.description))
    }

    /// Load and validate; the diagnostics of both stages, sorted as the generator sorts them.
    static func validate(_ text: String) -> (report: Report?, lines: [String]) {
        let loaded = ReportLoader.load(Array(text.utf8), file: file)
        guard let report = loaded.report else { return (nil, loaded.diagnostics.sortedByPlace().map(\.description)) }
        let validated = ReportValidator.validate(report, file: file)
        return (validated.report, (loaded.diagnostics + validated.diagnostics).sortedByPlace().map(\.description))
    }

    // MARK: Values keep their written form

    @Test("no, 0123, 1.10 and a date stay text in text fields")
    func yamlOneOneLookalikesStayText() throws {
        let text = """
            title: no
            subtitle: 0123
            organization: 1.10
            published: 2024-04-01
            fiscal_year: 2024
            policies:
              - id: "0123"
                title: yes
                summary: off
                objectives:
                  - title: 1.10
                    actions:
                      - id: 0123-a
                        actor: city
                        title: no
                        plan: 0123
                        result: 2024-04-01
                        status: done
                        department: 1e3
                        note: ~x
            """
        let (report, lines) = Self.validate(text)
        #expect(lines == [])
        let r = try #require(report)
        #expect(r.title.value == "no")
        #expect(r.subtitle?.value == "0123")
        #expect(r.organization?.value == "1.10")
        #expect(r.published?.value == "2024-04-01")
        #expect(r.fiscalYear.value == 2024)
        let policy = try #require(r.policies.first)
        #expect(policy.id.value == "0123")
        #expect(policy.title.value == "yes")
        #expect(policy.summary?.value == "off")
        #expect(policy.objectives.first?.title?.value == "1.10")
        let action = try #require(policy.actions.first)
        #expect(action.id?.value == "0123-a")
        #expect(action.title.value == "no")
        #expect(action.plan?.value == "0123")
        #expect(action.result?.value == "2024-04-01")
        #expect(action.department?.value == "1e3")
        #expect(action.note?.value == "~x")
    }

    // MARK: Positions

    @Test("A duplicate key is reported at its second occurrence")
    func duplicateKeyAtSecondOccurrence() {
        let (_, lines) = Self.load("title: 一つ目\nfiscal_year: 2013\ntitle: 二つ目\npolicies: []\n")
        #expect(lines == ["Content/report.yml:3:1: duplicate key \"title\" in the report"])

        let nested = Self.load(Self.yaml(policies: "policies:\n  - id: p\n    title: 施策\n    id: q\n"))
        #expect(nested.lines == ["Content/report.yml:6:5: duplicate key \"id\" in policy"])
    }

    @Test("A missing key is reported at its mapping's position")
    func missingKeyAtMapping() {
        let (_, lines) = Self.load(
            Self.yaml(
                policies: """
                    policies:
                      - id: p
                        objectives:
                          - actions:
                              - { actor: city, status: done }

                    """))
        #expect(
            lines == [
                "Content/report.yml:7:13: missing key \"title\" in action",
                "Content/report.yml:4:5: missing key \"title\" in policy",
            ])
        let top = Self.load("\n\nfiscal_year: 2013\npolicies: []\n")
        #expect(top.lines == ["Content/report.yml:3:1: missing key \"title\" in the report"])
    }

    @Test("An alias is refused, with its position")
    func aliasRefused() {
        let (_, lines) = Self.load(Self.yaml(head: "subtitle: &s 副題\norganization: *s\n"))
        #expect(lines == ["Content/report.yml:4:15: organization: aliases (*name) are not supported; write the value out"])
        let element = Self.load(Self.yaml(policies: "policies:\n  - &p { id: p, title: 施策 }\n  - *p\n"))
        #expect(element.lines == ["Content/report.yml:5:5: policy: aliases (*name) are not supported; write the value out"])
    }

    @Test("A billion-laughs file ends quickly with an error")
    func billionLaughs() {
        var text = "title: テスト報告\nfiscal_year: 2013\n"
        text += "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            text += "lol\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        text += "labels: *a9\nactors: *a9\npolicies: *a9\n"
        let clock = ContinuousClock()
        var lines: [String] = []
        let elapsed = clock.measure { lines = Self.validate(text).lines }
        #expect(elapsed < .seconds(2))
        #expect(lines.contains("Content/report.yml:13:9: labels: aliases (*name) are not supported; write the value out"))
        #expect(lines.contains("Content/report.yml:15:11: policies: aliases (*name) are not supported; write the value out"))
        #expect(lines.count < 30)
    }

    @Test("Deep nesting ends quickly with an error, without recursion")
    func deepNesting() {
        let depth = 200_000
        let text =
            "title: テスト報告\nfiscal_year: 2013\npolicies: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "\nsubtitle: " + String(repeating: "{a: ", count: 50_000) + "1" + String(repeating: "}", count: 50_000) + "\n"
        let clock = ContinuousClock()
        var lines: [String] = []
        let elapsed = clock.measure { lines = Self.load(text).lines }
        #expect(elapsed < .seconds(2))
        #expect(
            lines == [
                "Content/report.yml:3:12: policy: expected a mapping of keys and values, found a list",
                "Content/report.yml:3:74: the YAML is nested more than 64 levels deep; a report never needs that",
            ])
        let shallow = Self.load(
            "title: テスト報告\nfiscal_year: 2013\nsubtitle: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\npolicies: []\n"
        )
        #expect(shallow.lines == ["Content/report.yml:3:11: subtitle: expected text, found a list"])
    }

    @Test("A YAML syntax error gives a position")
    func syntaxErrorPosition() {
        let (report, lines) = Self.load("title: テスト報告\nfiscal_year: 2013\npolicies:\n  - id: p\n    title: 施策\n   number: 1\n")
        #expect(report == nil)
        // libyaml's "did not find expected '-' indicator" becomes the line, the spaces it needs and the fix.
        #expect(lines == ["Content/report.yml:6:4: line 6 is indented 3 spaces, but the line above (5) expects 4: add 1 space before \"number\""])

        let flow = Self.load("title: [テスト報告\nfiscal_year: 2013\n")
        #expect(flow.report == nil)
        #expect(flow.lines.last == "Content/report.yml:2:12: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence")
    }

    @Test("Columns count characters, not bytes")
    func columnsCountCharacters() {
        // 意識 and 意識を高める take 2 and 6 characters but 6 and 18 bytes.
        let (_, lines) = Self.validate("title: テスト報告\nfiscal_year: 2013\npolicies:\n  - { id: 意識, title: 意識を高める, number: 一 }\n")
        #expect(
            lines == [
                "Content/report.yml:4:11: policy id \"意識\" must be lowercase letters, digits and \"-\", starting with a letter or digit (e.g. \"awareness\")",
                "Content/report.yml:4:38: number: expected a whole number, found \"一\"",
            ])
        let status = Self.validate(
            Self.yaml(
                policies: """
                    policies:
                      - id: p
                        title: 施策
                        objectives:
                          - actions:
                              - { title: 自治会、地域で, status: 実行 }

                    """))
        #expect(
            status.lines == [
                "Content/report.yml:8:39: unknown status \"実行\" — expected one of done, partial, not_started"
            ])
    }

    // MARK: Encodings

    @Test("A UTF-8 byte order mark is accepted and does not shift columns")
    func byteOrderMark() throws {
        let (report, lines) = Self.load(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.yaml().utf8))
        #expect(lines == [])
        #expect(try #require(report).title.value == "テスト報告")

        let typo = Self.load(bytes: [0xEF, 0xBB, 0xBF] + Array("titel: テスト報告\nfiscal_year: 2013\npolicies: []\n".utf8))
        #expect(typo.lines.first?.hasPrefix("Content/report.yml:1:1: unknown key \"titel\"") == true)
    }

    @Test("A Shift_JIS file gets an error that says Shift_JIS")
    func shiftJIS() throws {
        let data = try #require(Self.yaml().data(using: .shiftJIS))
        let (report, lines) = Self.load(bytes: Array(data))
        #expect(report == nil)
        #expect(
            lines == [
                "Content/report.yml:1:8: the file is not UTF-8: it looks like Shift_JIS (CP932), as Excel and older editors save it; save it again as UTF-8 (in Excel: CSV UTF-8; in an editor: encoding UTF-8)"
            ])
    }

    @Test("A UTF-16 file gets an error that says UTF-16")
    func utf16() throws {
        let data = try #require(Self.yaml().data(using: .utf16))  // with a byte order mark
        let (report, lines) = Self.load(bytes: Array(data))
        #expect(report == nil)
        #expect(lines == ["Content/report.yml:1:1: the file is UTF-16; save it as UTF-8"])
    }

    // MARK: Numbers

    @Test("Weights may be integers, decimals or null")
    func weights() throws {
        let (report, lines) = Self.validate(
            Self.yaml(
                head: """
                    statuses:
                      done: { label: 実施, weight: 1 }
                      half: { label: 半分, weight: 0.5 }
                      none: { label: 未実施, weight: 0 }
                      na: { label: 評価不能, weight: null }
                      blank: { label: 空欄, weight: }
                      tilde: { label: 波線, weight: ~ }

                    """))
        #expect(lines == [])
        let weights = try #require(report).statuses.map(\.weight.value)
        #expect(weights == [1.0, 0.5, 0.0, nil, nil, nil])
    }

    @Test(
        "Numbers that Double(_:) would take but YAML authors do not mean are refused",
        arguments: ["0x1", ".inf", "nan", "1_0", "\"0.5\"", "half"])
    func notNumbers(_ written: String) {
        let (_, lines) = Self.load(Self.yaml(head: "statuses:\n  done: { label: 実施, weight: \(written) }\n"))
        let quoted = written.hasPrefix("\"")
        let shown = quoted ? String(written.dropFirst().dropLast()) : written
        let hint = quoted ? " (remove the quotes)" : ""
        #expect(lines.contains("Content/report.yml:4:30: weight: expected a number, found \"\(shown)\"\(hint)"))
    }

    @Test("fiscal_year must be a year: a whole number, or an era year", arguments: ["2013.0", "0x7DD", "2_013", "平成", "来年度"])
    func fiscalYearNotInteger(_ written: String) {
        let (_, lines) = Self.load("title: テスト報告\nfiscal_year: \(written)\npolicies: []\n")
        #expect(
            lines.contains(
                "Content/report.yml:2:14: fiscal_year: expected the year the fiscal year starts, written 2013, 平成25年度 or H25, found \"\(written)\""))
    }

    @Test(
        "fiscal_year written as an era year or quoted is read as its Western year, with a note",
        arguments: ["平成25", "平成25年度", "H25", "\"2013\"", "２０１３年度"])
    func fiscalYearForgiven(_ written: String) {
        let (report, lines) = Self.load("title: テスト報告\nfiscal_year: \(written)\npolicies: []\n")
        #expect(report?.fiscalYear.value == 2013)
        #expect(lines.count == 1 && lines[0].hasPrefix("Content/report.yml:2:14: note: fiscal_year "))
    }

    @Test func decimalRecognisers() {
        #expect(EventReader.isDecimalInteger("2013"))
        #expect(EventReader.isDecimalInteger("-1"))
        #expect(!EventReader.isDecimalInteger("-"))
        #expect(!EventReader.isDecimalInteger("1.0"))
        #expect(!EventReader.isDecimalInteger("０１"))  // full-width digits
        #expect(EventReader.isDecimalNumber("0.5"))
        #expect(EventReader.isDecimalNumber("1e3"))
        #expect(!EventReader.isDecimalNumber("0x1"))
        #expect(!EventReader.isDecimalNumber("inf"))
        #expect(!EventReader.isDecimalNumber("."))
    }

    // MARK: Suggestions

    @Test("Unknown keys suggest the nearest key")
    func unknownKeySuggestion() {
        let (_, lines) = Self.load(
            Self.yaml(
                head: "subtitel: 副題\n",
                policies: """
                    policies:
                      - id: p
                        title: 施策
                        objectives:
                          - actions:
                              - { title: t, status: done, nxet_steps: x }

                    """))
        #expect(
            lines == [
                "Content/report.yml:3:1: unknown key \"subtitel\" in the report — expected one of title, subtitle, organization, fiscal_year, published, updated, contact, base_url, language, labels, actors, statuses, policies (did you mean \"subtitle\"?)",
                "Content/report.yml:9:39: unknown key \"nxet_steps\" in action — expected one of id, actor, title, plan, result, status, department, indicator, challenges, next_steps, note (did you mean \"next_steps\"?)",
            ])
    }

    @Test(
        "NearestMatch suggests close words only",
        arguments: [
            ("titel", "title"), ("stauts", "status"), ("fiscalyear", "fiscal_year"), ("Title", "title"),
            ("citizn", "citizen"), ("donee", "done"), ("sharng", "sharing"), ("xyz", nil), ("policy", nil),
        ] as [(String, String?)])
    func nearestMatch(_ word: String, _ expected: String?) {
        let candidates = Schema.report.keys + ["status", "citizen", "done", "sharing"]
        #expect(NearestMatch.suggestion(for: word, in: candidates) == expected)
    }

    @Test func nearestMatchHint() {
        #expect(NearestMatch.hint(for: "donee", in: ["done", "partial"]) == " (did you mean \"done\"?)")
        #expect(NearestMatch.hint(for: "done", in: ["done", "partial"]) == "")
        #expect(NearestMatch.hint(for: "zzz", in: ["done", "partial"]) == "")
        #expect(NearestMatch.editDistance(Array("stauts".unicodeScalars), Array("status".unicodeScalars)) == 1)
    }

    // MARK: Action ids

    @Test("Default action ids count through the whole policy, across objectives")
    func defaultActionIDs() throws {
        let (report, lines) = Self.validate(
            Self.yaml(
                policies: """
                    policies:
                      - id: awareness
                        title: 一
                        objectives:
                          - actions:
                              - { title: a, status: done }
                              - { title: b, status: done }
                          - title: 二つ目
                            actions:
                              - { id: custom, title: c, status: done }
                              - { title: d, status: done }
                      - id: sharing
                        title: 二
                        objectives:
                          - actions:
                              - { title: e, status: done }

                    """))
        #expect(lines == [])
        let ids = try #require(report).policies.map { $0.actions.map { $0.id?.value } }
        #expect(ids == [["awareness-1", "awareness-2", "custom", "awareness-4"], ["sharing-1"]])
    }

    @Test("An explicit id equal to a generated one is an error")
    func explicitIDEqualToGenerated() {
        let (_, lines) = Self.validate(
            Self.yaml(
                policies: """
                    policies:
                      - id: awareness
                        title: 一
                        objectives:
                          - actions:
                              - { id: awareness-2, title: a, status: done }
                              - { title: b, status: done }
                      - id: sharing
                        title: 二
                        objectives:
                          - actions:
                              - { id: awareness-2, title: c, status: done }

                    """))
        #expect(
            lines == [
                "Content/report.yml:8:19: action id \"awareness-2\" is already the default id of the action at 9:13; choose another id",
                "Content/report.yml:14:19: duplicate action id \"awareness-2\" (first used at 8:19)",
            ])
    }

    @Test("An explicit id equal to its own default position is fine")
    func explicitIDEqualToOwnDefault() {
        let (_, lines) = Self.validate(
            Self.yaml(
                policies: """
                    policies:
                      - id: p
                        title: 一
                        objectives:
                          - actions:
                              - { id: p-1, title: a, status: done }
                              - { title: b, status: done }

                    """))
        #expect(lines == [])
    }

    // MARK: Several problems at once

    @Test("Loader and validator problems are all reported in one run")
    func manyProblemsAtOnce() {
        let (_, lines) = Self.validate(
            """
            title: テスト報告
            fiscal_year: 1800
            base_url: example.jp
            policies:
              - id: P
                title: 一
                objectives:
                  - actions:
                      - { title: a, status: donee, actor: citizn }
                      - { title: b, stauts: done }

            """)
        // fiscal_year range, base_url, policy id format, status, actor, misspelt key.
        #expect(lines.count == 6)
        #expect(lines.map { $0.split(separator: ":")[1] } == ["2", "3", "5", "9", "9", "10"])
    }
}
