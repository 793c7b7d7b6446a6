/// A compiled Mustache template: text and tags, with sections holding their bodies.
enum TemplateNode: Sendable {
    /// Literal text, as UTF-8 bytes ready to copy.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw). `path` is the dotted name split, `["."]` for `{{.}}`.
    case variable(path: [TemplatePathPart], escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(path: [TemplatePathPart], inverted: Bool, body: [TemplateNode])
    /// `{{>name}}`; a standalone partial indents every line it renders by `indentation`.
    case partial(name: String, indentation: [UInt8])
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: renders `name` with these blocks replaced.
    case parent(name: String, blocks: [String: [TemplateNode]], indentation: [UInt8])
    /// `{{$name}}default{{/name}}`: the override of an enclosing `{{<…}}`, or the default.
    case block(name: String, body: [TemplateNode])
}

/// One name of a dotted path, with its number in `TemplateNameTable`.
struct TemplatePathPart: Sendable, Equatable {
    let name: String
    let id: Int
    /// `.`, the current context (compared once here, not per lookup).
    let isCurrent: Bool
    /// In the first part of a path, the number of the whole dotted name (`labels.title`), under
    /// which a renderer remembers what the path found (`RememberedLookups`); -1 in the others.
    let pathID: Int

    init(_ name: String, path: String? = nil) {
        self.name = name
        id = TemplateNameTable.id(for: name)
        isCurrent = name == "."
        let own = id
        pathID = path.map { $0 == name ? own : TemplateNameTable.id(for: $0) } ?? -1
    }
}
