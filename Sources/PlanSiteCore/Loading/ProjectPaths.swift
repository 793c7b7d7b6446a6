import Foundation

/// The folders of a report project.
public struct ProjectPaths: Sendable {
    public var root: URL
    public var content: URL
    /// The project's own templates; a missing folder means the built-in theme alone.
    public var templates: URL
    public var output: URL

    /// `DIR/Content`, `DIR/Templates`, `DIR/Output`, unless given otherwise.
    public init(root: URL, content: URL? = nil, templates: URL? = nil, output: URL? = nil) {
        self.root = root.standardizedFileURL
        self.content = (content ?? root.appendingPathComponent("Content")).standardizedFileURL
        self.templates = (templates ?? root.appendingPathComponent("Templates")).standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("Output")).standardizedFileURL
    }

    /// A path as messages show it: relative to the current folder when inside it.
    public static func display(_ url: URL) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path == cwd { return "." }
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
