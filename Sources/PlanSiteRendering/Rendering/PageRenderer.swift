import PlanSiteCore
import PlanSiteSupport

/// The theme's templates, compiled once per build, and the one way pages are rendered.
package struct PageRenderer: Sendable {
    static let requiredTemplates = ["index", "policy", "print", "actions", "404"]

    let templates: TemplateSet

    /// Compiles every template; parse errors, unknown partials and missing page templates become diagnostics.
    package static func compile(_ theme: Theme) -> (renderer: PageRenderer?, diagnostics: [Diagnostic]) {
        var sources: [(name: String, text: String, origin: String)] = []
        var diagnostics: [Diagnostic] = []
        for (name, file) in theme.templates {
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(Diagnostic(file: file.origin, position: .start, message: "the template is not UTF-8 text"))
                continue
            }
            sources.append((name, text, file.origin))
        }
        let compiled = TemplateSet.compile(sources)
        diagnostics += compiled.diagnostics
        let names = Set(theme.templates.map(\.name))
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(
                Diagnostic(
                    file: "Templates/\(required).mustache", position: .start,
                    message: "the theme has no template \"\(required)\""))
        }
        return (diagnostics.isEmpty ? PageRenderer(templates: compiled.set) : nil, diagnostics)
    }

    func render(_ page: Page, template: String, parallel: Bool = false) -> String {
        templates.render(page, template: template, parallel: parallel)
    }

    package func render(_ page: Page, template: String, into sink: ByteSink, parallel: Bool = false) {
        templates.render(page, template: template, into: sink, parallel: parallel)
    }
}
