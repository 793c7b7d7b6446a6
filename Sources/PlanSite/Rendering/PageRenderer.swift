import Mustache

/// The theme's templates, compiled once per build, and the one way pages are rendered.
struct PageRenderer: Sendable {
    static let requiredTemplates = ["index", "policy", "print", "404"]

    let library: MustacheLibrary

    /// Compiles every template; parse errors and missing page templates become diagnostics.
    static func compile(_ theme: Theme) -> (renderer: PageRenderer?, diagnostics: [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, file) in theme.templates {
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(Diagnostic(file: file.origin, position: .start, message: "the template is not UTF-8 text"))
                continue
            }
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    file: file.origin,
                    position: SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber),
                    message: "template error: \(describe(error.error))"))
            } catch {
                diagnostics.append(Diagnostic(file: file.origin, position: .start, message: "template error: \(error)"))
            }
        }
        let names = Set(theme.templates.map(\.name))
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(Diagnostic(file: "Templates/\(required).mustache", position: .start,
                                          message: "the theme has no template \"\(required)\""))
        }
        return (diagnostics.isEmpty ? PageRenderer(library: library) : nil, diagnostics)
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid delimiter change"
        default: return "\(error)"
        }
    }

    func render(_ page: Page, template: String) -> String {
        library.render(page, withTemplate: template) ?? ""
    }
}
