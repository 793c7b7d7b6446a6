import Foundation

// Usage: ThemeEmbedder TEMPLATES_DIR OUTPUT.swift
// Writes a Swift file holding every file under TEMPLATES_DIR (sorted by path, base64-encoded),
// so the same bytes are embedded on every build.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder TEMPLATES_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
var entries: [(String, String)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(root.path + "/") else { continue }
        let relative = String(path.dropFirst(root.path.count + 1))
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        let data = try Data(contentsOf: url)
        entries.append((relative, data.base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }
var source = "// Generated from Templates/ at build time. Do not edit.\n\n"
source += "enum EmbeddedTheme {\n    /// Relative path and base64 contents of every file of the default theme.\n"
source += "    static let files: [(path: String, base64: String)] = [\n"
for (path, base64) in entries {
    let literal = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(literal)\", \"\(base64)\"),\n"
}
source += "    ]\n}\n"
let outputURL = URL(fileURLWithPath: arguments[2])
if (try? Data(contentsOf: outputURL)) != Data(source.utf8) {
    try Data(source.utf8).write(to: outputURL, options: .atomic)
}
