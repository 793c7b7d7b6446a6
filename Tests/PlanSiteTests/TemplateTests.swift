import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

@Suite("Theme templates")
struct TemplateTests {
    /// swift-mustache renders a misspelt name as nothing, without a word: every name a template
    /// uses must be one the page models offer.
    @Test func everyNameUsedExistsInThePageModels() {
        let names = TemplateModels.allNames
        let labelKeys = Set(LabelSet.keys)
        var unknown: [String] = []
        for (template, file) in Theme.builtIn.templates {
            for tag in TemplateNames.tags(in: String(decoding: file.bytes, as: UTF8.self)) {
                switch tag.kind {
                case .variable, .raw, .section, .inverted:
                    guard tag.name != "." else { continue }
                    let parts = tag.name.split(separator: ".").map(String.init)
                    for (i, part) in parts.enumerated() {
                        let known = (i > 0 && parts[i - 1] == "labels") ? labelKeys.contains(part) : names.contains(part)
                        if !known { unknown.append("\(template): \(tag.name)") }
                    }
                case .partial, .parent:
                    if !Theme.builtIn.templates.contains(where: { $0.name == tag.name }) { unknown.append("\(template): partial \(tag.name)") }
                default: break
                }
            }
        }
        #expect(unknown.isEmpty, "names no page model offers: \(unknown)")
    }

    @Test func aMisspeltNameWouldBeCaught() {
        let tags = TemplateNames.tags(in: "{{#policy}}{{titel}}{{{plan_html}}}{{>partials/x}}{{/policy}}")
        #expect(tags.map(\.name) == ["policy", "titel", "plan_html", "partials/x", "policy"])
        #expect(!TemplateModels.allNames.contains("titel"))
        #expect(tags[2].isRaw)
    }

    @Test func everyNameIsDocumentedInTemplatesREADME() throws {
        let readme = try String(contentsOf: TestSupport.repository.appendingPathComponent("Templates/README.md"), encoding: .utf8)
        let missing = (TemplateModels.allNames.sorted() + LabelSet.keys).filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "not documented in Templates/README.md: \(missing)")
    }

    @Test func theBuiltInThemeIsTheRepositoryTemplatesFolder() throws {
        let folder = TestSupport.repository.appendingPathComponent("Templates")
        let onDisk = ProjectReader.files(under: folder)
        #expect(Set(onDisk) == Set(Theme.builtIn.files.keys))
        for path in onDisk {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(path)))
            let same = Theme.builtIn.files[path]?.bytes == bytes
            #expect(same, "\(path) differs from the embedded copy")
        }
    }

    @Test func aProjectTemplateOverridesOneFile() throws {
        var input = TestSupport.input(TestSupport.report(actions: ["{ title: 取組, status: done }"]))
        input.theme = Theme.builtIn.overlaid(with: [
            "404.mustache": .init(
                bytes: Array("{{<layout}}{{$main}}<h1>独自の404</h1>{{/main}}{{/layout}}".utf8),
                origin: "Templates/404.mustache")
        ])
        let built = TestSupport.build(input)
        #expect(built.files["404.html"]?.contains("<h1>独自の404</h1>") == true)
        #expect(built.files["index.html"]?.contains("<h1 class=\"report-title\">テスト報告</h1>") == true)
    }

    @Test func templateErrorsCarryFileLineAndColumn() {
        var input = TestSupport.input(TestSupport.report(actions: ["{ title: 取組, status: done }"]))
        input.theme = Theme.builtIn.overlaid(with: [
            "index.mustache": .init(bytes: Array("<p>\n  {{#a}}x{{/b}}\n".utf8), origin: "Templates/index.mustache")
        ])
        let built = TestSupport.build(input)
        #expect(built.files.isEmpty)
        #expect(built.diagnostics.count == 1)
        #expect(built.diagnostics.first?.hasPrefix("Templates/index.mustache:2:") == true)
        #expect(built.diagnostics.first?.contains("{{/b}} closes {{#a}}") == true)
    }

    @Test func aMissingPageTemplateIsAnError() {
        var input = TestSupport.input(TestSupport.report(actions: ["{ title: 取組, status: done }"]))
        input.theme = Theme(files: Theme.builtIn.files.filter { $0.key != "print.mustache" })
        let built = TestSupport.build(input)
        #expect(built.diagnostics == ["Templates/print.mustache:1:1: the theme has no template \"print\""])
    }
}
