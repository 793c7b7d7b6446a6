import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// The field declarations in `Schema` are the one source of every key: these tests hold the
/// loader, the writers, the pages and the README to them.
@Suite("One schema")
struct SchemaTests {
    static let yaml = """
        title: 報告
        fiscal_year: 2013
        published: 2014-06-30
        updated: 2014-09-01
        contact: 市民協働課 <電話> 000-000-0000
        policies:
          - id: p
            title: 施策
            contact: 福祉課 & 窓口
            objectives:
              - actions:
                  - { title: 一, status: done, department: 福祉課 }

        """

    @Test func contactAndUpdatedAreShownEscapedOnEveryPage() throws {
        let built = TestSupport.build(TestSupport.input(Self.yaml))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        for path in ["index.html", "print.html", "policies/p.html", "404.html"] {
            let page = try #require(built.files[path])
            #expect(page.contains(#"更新日 <time datetime="2014-09-01">2014年9月1日</time>"#), "\(path)")
            #expect(page.contains("<p>問い合わせ先: 市民協働課 &lt;電話&gt; 000-000-0000</p>"), "\(path)")
        }
        let policy = try #require(built.files["policies/p.html"])
        #expect(policy.contains(#"<p class="contact">問い合わせ先: 福祉課 &amp; 窓口</p>"#))
        let json = try #require(built.files["data/report.json"])
        #expect(json.contains(#""published": "2014-06-30","#) && json.contains(#""updated": "2014-09-01","#))
        #expect(json.contains(#""contact": "福祉課 \u0026 窓口""#))
    }

    @Test func aBadUpdatedDateIsReportedAtItsPlace() {
        let yaml = Self.yaml.replacingOccurrences(of: "updated: 2014-09-01", with: "updated: 2014-9-1")
        let built = TestSupport.build(TestSupport.input(yaml))
        #expect(
            built.diagnostics == [
                #"Content/report.yml:4:10: updated: expected a date written YYYY-MM-DD (e.g. 2014-06-30), found "2014-9-1""#
            ])
    }

    @Test func theWriterKeepsEveryDeclaredText() throws {
        let (loaded, diagnostics) = ReportLoader.load(Array(Self.yaml.utf8), file: "r")
        #expect(diagnostics.isEmpty)
        let report = try #require(loaded)
        let again = try #require(ReportLoader.load(Array(YAMLWriter.encode(report).utf8), file: "r").report)
        for field in Schema.report.texts { #expect(again.texts[field.slot!] == report.texts[field.slot!], "\(field.key)") }
        #expect(again.policies[0][text: "contact"]?.value == "福祉課 & 窓口")
    }

    @Test func everyKeyIsDeclaredOnceAndEveryTextHasItsSlot() {
        for list in [Schema.report, Schema.policy, Schema.objective, Schema.action, Schema.indicator, Schema.actor, Schema.status] {
            #expect(Set(list.keys).count == list.keys.count)
            #expect(list.texts.enumerated().allSatisfy { $0.element.slot == $0.offset })
        }
        // The columns of data/actions.csv are the contract's, derived from the action's fields.
        #expect(
            ActionsCSV.columns == [
                "policy_id", "policy_title", "objective", "id", "actor", "title", "plan", "result", "status",
                "status_label", "department", "indicator_name", "indicator_target", "indicator_actual",
                "indicator_unit", "challenges", "next_steps", "note",
            ])
        // Every label the schema declares is a label key, with its default wording.
        let labels = LabelSet()
        for field in Schema.action.fields + Schema.report.fields + Schema.policy.fields + Schema.indicator.fields {
            if let label = field.label { #expect(labels[field.key] == label) }
        }
    }

    /// The README's reference of fields is generated from `Schema` (`FieldReference`) and kept
    /// in the README between two markers; this test fails when they differ.
    @Test func theReadmeFieldReferenceIsTheSchema() throws {
        let readme = try String(contentsOf: TestSupport.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = "<!-- field reference: generated from Sources/PlanSiteCore/Schema/Schema.swift -->\n"
        let end = "<!-- end of field reference -->"
        let start = try #require(readme.range(of: begin))
        let stop = try #require(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        let written = String(readme[start.upperBound..<stop.lowerBound])
        if written != FieldReference.markdown(), ProcessInfo.processInfo.environment["PLANSITE_UPDATE_README"] == "1" {
            let updated = readme.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: FieldReference.markdown())
            try updated.write(to: TestSupport.repository.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
            return
        }
        #expect(
            written == FieldReference.markdown(),
            "README.md's field reference is out of date: run PLANSITE_UPDATE_README=1 swift test --filter theReadmeFieldReference")
    }
}

/// `plansite schema`: the JSON Schema editors read, written from the same tables.
@Suite("JSON Schema of report.yml")
struct JSONSchemaTests {
    @Test func itIsJSONAndNamesEveryKeyOfEveryTable() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchema.reportSchema().utf8)) as? [String: Any])
        let properties = try #require(object["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(Schema.report.keys))
        #expect(object["required"] as? [String] == ["title", "fiscal_year", "policies"])
        let definitions = try #require(object["definitions"] as? [String: [String: Any]])
        for (name, list) in Schema.tables where !["report", "plan", "period"].contains(name) {
            let table = try #require(definitions[name], "\(name)")
            #expect(Set((table["properties"] as? [String: Any] ?? [:]).keys) == Set(list.keys), "\(name)")
            #expect(table["additionalProperties"] as? Bool == false)
        }
    }

    @Test func planYmlHasItsOwn() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchema.planSchema().utf8)) as? [String: Any])
        #expect(Set((object["properties"] as? [String: Any] ?? [:]).keys) == Set(Schema.plan.keys))
        let definitions = try #require(object["definitions"] as? [String: Any])
        #expect(Set(definitions.keys) == ["actor", "status", "period"])
    }

    @Test func initPointsEditorsAtIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ProjectScaffold.create(at: folder)
        let schema = try String(contentsOf: folder.appendingPathComponent(ProjectScaffold.schemaFile), encoding: .utf8)
        #expect(schema == JSONSchema.reportSchema())
        let report = try String(contentsOf: folder.appendingPathComponent("Content/report.yml"), encoding: .utf8)
        #expect(report.hasPrefix("# yaml-language-server: $schema=../report.schema.json\n"))
    }
}

/// What static-site users expect of a page's head and of sitemap.xml.
@Suite("Page metadata")
struct PageMetadataTests {
    @Test func descriptionLocaleIconAndLastmod() throws {
        let yaml = """
            title: 報告
            fiscal_year: 2013
            published: 2014-06-30
            updated: 2014-09-01
            base_url: https://example.jp/r/
            policies:
              - id: p
                title: 施策
                summary: 市民と市が**ともに** <b>取り組む</b> & 進める
                objectives:
                  - actions:
                      - { title: 一, status: done }
                      - { title: 二, status: not_started }

            """
        let built = TestSupport.build(TestSupport.input(yaml))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        let index = try #require(built.files["index.html"])
        #expect(index.contains(#"<meta name="description" content="進捗率 50%（2件中 実施1件・一部実施0件・未実施1件）">"#))
        #expect(index.contains(#"<meta property="og:locale" content="ja_JP">"#))
        #expect(index.contains(#"<meta property="og:description" content="進捗率 50%"#))
        #expect(index.contains(#"<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">"#))
        let policy = try #require(built.files["policies/p.html"])
        // The summary's Markdown is read as text: no tags (raw HTML is dropped), entities escaped once.
        #expect(policy.contains(#"<meta name="description" content="市民と市がともに 取り組む &amp; 進める 進捗率 50%"#))
        #expect(policy.contains(#"<link rel="icon" href="../assets/favicon.svg""#))
        let sitemap = try #require(built.files["sitemap.xml"])
        #expect(sitemap.contains("<url><loc>https://example.jp/r/index.html</loc><lastmod>2014-09-01</lastmod></url>"))
        #expect(built.files["assets/favicon.svg"]?.hasPrefix("<svg") == true)
    }
}
