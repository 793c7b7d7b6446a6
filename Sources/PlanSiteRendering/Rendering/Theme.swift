import Foundation

/// The files of a theme: Mustache templates (`*.mustache`) and assets (`assets/…`).
/// The default theme is built into the binary from the repository's `Templates/`; a report's
/// own `Templates/` folder overrides any single file of it.
public struct Theme: Sendable {
    public struct File: Sendable {
        public var bytes: [UInt8]
        /// Where the file came from, for messages (`Templates/policy.mustache` or `(built-in) policy.mustache`).
        public var origin: String

        public init(bytes: [UInt8], origin: String) {
            self.bytes = bytes
            self.origin = origin
        }
    }

    /// By path relative to the theme folder, e.g. `partials/progress.mustache`, `assets/plansite.css`.
    public var files: [String: File]

    public init(files: [String: File]) {
        self.files = files
    }

    /// The default theme.
    public static let builtIn: Theme = {
        var files: [String: File] = [:]
        for (path, base64) in EmbeddedTheme.files {
            files[path] = File(bytes: Array(Data(base64Encoded: base64) ?? Data()), origin: "(built-in theme) \(path)")
        }
        return Theme(files: files)
    }()

    /// This theme with `overrides` (path → file) put over it.
    public func overlaid(with overrides: [String: File]) -> Theme {
        var files = self.files
        for (path, file) in overrides { files[path] = file }
        return Theme(files: files)
    }

    /// Files copied to `Output/assets/`, by their path in the site.
    public var assets: [(path: String, bytes: [UInt8])] {
        files.filter { $0.key.hasPrefix("assets/") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value.bytes) }
    }

    /// Template names (path without `.mustache`) and their files.
    public var templates: [(name: String, file: File)] {
        files.filter { $0.key.hasSuffix(".mustache") }.sorted { $0.key < $1.key }.map { (String($0.key.dropLast(9)), $0.value) }
    }
}
