import Foundation

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// Paths and small builders shared by the tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = repository.appendingPathComponent("Tests/PlanSiteTests/Fixtures")
    static let golden = repository.appendingPathComponent("Tests/PlanSiteTests/Golden")

    /// The example report of the repository (`Content/`), read as `build` reads it.
    static func seedInput() throws -> SiteInput {
        var input = try ProjectReader.read(ProjectPaths(root: repository, templates: URL(fileURLWithPath: "/nonexistent")))
        input.reportFile = "Content/report.yml"
        input.narratives = input.narratives.map {
            var n = $0
            n.displayPath = "Content/policies/\(n.name)"
            return n
        }
        return input
    }

    /// A report given as text, with optional narratives (file name → text).
    static func input(_ yaml: String, narratives: [String: String] = [:], assets: [String] = []) -> SiteInput {
        SiteInput(
            reportFile: "Content/report.yml", reportBytes: Array(yaml.utf8),
            narratives: narratives.sorted { $0.key < $1.key }.map {
                .init(name: $0.key, displayPath: "Content/policies/\($0.key)", bytes: Array($0.value.utf8))
            },
            assets: assets.map { .init(path: $0, displayPath: "Content/\($0)", contents: .bytes([0x41])) })
    }

    /// Builds in memory and returns the files by path, or the diagnostics as one string when it failed.
    static func build(_ input: SiteInput) -> (files: [String: String], diagnostics: [String]) {
        let result = SiteGenerator.generate(input)
        var files: [String: String] = [:]
        for file in result.files {
            if let data = try? file.data() { files[file.path] = String(decoding: data, as: UTF8.self) }
        }
        return (files, result.diagnostics.map(\.description))
    }

    /// A one-policy report around the given action lines (already indented for an action mapping).
    static func report(actions: [String], extra: String = "") -> String {
        var yaml =
            "title: テスト報告\nfiscal_year: 2013\n\(extra)policies:\n  - id: p\n    title: 施策\n    objectives:\n      - title: 方針\n        actions:\n"
        for action in actions { yaml += "          - \(action)\n" }
        return yaml
    }
}

// The optional texts by name, as the tests read and write them.
extension Report {
    var subtitle: Located<String>? { self[text: "subtitle"] }
    var organization: Located<String>? { self[text: "organization"] }
    var published: Located<String>? { self[text: "published"] }
    var baseURL: Located<String>? { self[text: "base_url"] }
}

extension Policy {
    var summary: Located<String>? { self[text: "summary"] }
}

extension Action {
    var plan: Located<String>? { self[text: "plan"] }
    var result: Located<String>? { self[text: "result"] }
    var department: Located<String>? { self[text: "department"] }
    var challenges: Located<String>? { self[text: "challenges"] }
    var nextSteps: Located<String>? { self[text: "next_steps"] }
    var note: Located<String>? { self[text: "note"] }

    init(
        id: Located<String>? = nil, actor: Located<String>? = nil, title: Located<String>, plan: Located<String>? = nil,
        result: Located<String>? = nil, status: Located<String>, department: Located<String>? = nil,
        indicator: Indicator? = nil, challenges: Located<String>? = nil, nextSteps: Located<String>? = nil,
        note: Located<String>? = nil, position: SourcePosition
    ) {
        self.init(id: id, actor: actor, title: title, status: status, indicator: indicator, position: position)
        self[text: "plan"] = plan
        self[text: "result"] = result
        self[text: "department"] = department
        self[text: "challenges"] = challenges
        self[text: "next_steps"] = nextSteps
        self[text: "note"] = note
    }
}
