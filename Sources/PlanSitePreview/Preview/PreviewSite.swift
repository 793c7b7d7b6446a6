import Foundation
import PlanSite
import PlanSiteCore

/// The site a preview serves: the files of the last good build, by path, in memory. They are
/// the `OutputFile` values `build` would write, so each page is rendered only when the browser
/// asks for it, byte for byte what `build` writes; a save then costs the page reloaded, not the site.
public struct PreviewSite: Sendable {
    let files: [String: OutputFile]
    /// Every folder of the site (`policies`, `2014`, `2014/policies`), for addresses without `index.html`.
    let folders: Set<String>

    public init(files: [OutputFile]) {
        var byPath: [String: OutputFile] = [:]
        var folders: Set<String> = []
        for file in files {
            byPath[file.path] = file
            var parts = file.path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        self.files = byPath
        self.folders = folders
    }

    public var paths: [String] { files.keys.sorted() }

    public func file(at path: String) -> OutputFile? { files[path] }

    /// The site's path for a request path — `/` and folders give their `index.html` — or `nil`
    /// when the request names none of the site's files (or leaves the site: `..`, hidden names).
    public func path(for requestPath: String) -> String? {
        var path = Substring(requestPath)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        let decoded = String(path).removingPercentEncodingOrSelf
        var parts: [String] = []
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." || component.contains("\0") || component.hasPrefix(".") { return nil }
            parts.append(String(component))
        }
        var joined = parts.joined(separator: "/")
        if decoded.hasSuffix("/") || parts.isEmpty || folders.contains(joined) {
            joined += joined.isEmpty ? "index.html" : "/index.html"
        }
        return files[joined] == nil ? nil : joined
    }
}
