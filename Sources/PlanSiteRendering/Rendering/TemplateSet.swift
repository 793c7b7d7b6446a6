import PlanSiteCore
import PlanSiteSupport

/// A theme's templates, compiled once per build, and the renderer that fills them from page
/// models. Names are looked up in each model's `fields` table; there is no reflection and no
/// dynamic cast per context level, which is what makes a page of thousands of rows cheap.
///
/// It follows the semantics of swift-mustache 2.1.1 for everything the themes use (a test
/// renders the seed site with both and compares the bytes): a name is looked up from the
/// innermost context outwards, a known name without a value stops the search and renders as
/// nothing, any text is true in a section, and `{{x}}` escapes `& < > " '`.
package struct TemplateSet: Sendable {
    let templates: [String: [TemplateNode]]

    /// Compiles `sources` (name → text). Every error is positioned; a partial or parent naming a
    /// template that does not exist is an error too (swift-mustache would render it as nothing).
    static func compile(_ sources: [(name: String, text: String, origin: String)]) -> (set: TemplateSet, diagnostics: [Diagnostic]) {
        var templates: [String: [TemplateNode]] = [:]
        var diagnostics: [Diagnostic] = []
        for source in sources {
            do {
                templates[source.name] = try TemplateParser.parse(source.text)
            } catch {
                diagnostics.append(Diagnostic(file: source.origin, position: error.position, message: "template error: \(error.message)"))
            }
        }
        for source in sources {
            guard let nodes = templates[source.name] else { continue }
            for name in referencedTemplates(nodes) where templates[name] == nil && !diagnostics.contains(where: { $0.file == source.origin }) {
                diagnostics.append(
                    Diagnostic(
                        file: source.origin, position: .start,
                        message: "template error: {{>\(name)}} or {{<\(name)}} names no template"
                            + NearestMatch.hint(for: name, in: templates.keys.sorted())))
            }
        }
        return (TemplateSet(templates: templates), diagnostics)
    }

    static func referencedTemplates(_ nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .partial(let name, _): names.append(name)
            case .parent(let name, let blocks, _):
                names.append(name)
                for body in blocks.values { names += referencedTemplates(body) }
            case .section(_, _, let body), .block(_, let body): names += referencedTemplates(body)
            case .text, .variable: break
            }
        }
        return names
    }

    /// Renders `template` with `page` as the outermost context. With `parallel`, long lists
    /// (a print document's policies) are rendered in chunks on every core and joined in order.
    func render(_ page: Page, template: String, capacity: Int = 65_536, parallel: Bool = false) -> String {
        let sink = ByteSink()
        render(page, template: template, into: sink, capacity: capacity, parallel: parallel)
        return String(decoding: sink.collected, as: UTF8.self)
    }

    /// Renders into `sink`, handing it the output in pieces of about a megabyte.
    func render(_ page: Page, template: String, into sink: ByteSink, capacity: Int = 65_536, parallel: Bool = false) {
        guard let nodes = templates[template] else { return }
        var renderer = TemplateRenderer(templates: templates)
        renderer.sink = sink
        renderer.parallel = parallel
        renderer.out.reserveCapacity(capacity)
        renderer.push(.model(page.common))
        renderer.push(.model(page.body))
        renderer.render(nodes)
        sink.write(renderer.out)
    }
}
