/// Resolves the relative links an author writes (as an editor previews them, relative to the
/// Markdown's own file) to what they point at in the built site.
public struct LinkResolver: Sendable {
    /// Paths of `Content/assets/` files, relative to `Content/` (`assets/map.png`).
    public let assetPaths: Set<String>
    public let policyIDs: Set<String>
    /// The folder of the files being resolved, relative to `Content/`: `[]` for a one-year
    /// project, `["years", "2014"]` for a year of a several-year one, whose narratives sit in
    /// `years/2014/policies/` and reach the shared assets as `../../../assets/`.
    public let folder: [String]

    public init(assetPaths: Set<String>, policyIDs: Set<String>, folder: [String] = []) {
        self.assetPaths = assetPaths
        self.policyIDs = policyIDs
        self.folder = folder
    }

    public enum Target: Equatable, Sendable {
        /// Absolute URLs, `mailto:`, in-page `#fragments` and root-relative paths are left alone.
        case unchanged
        /// A file of `Content/assets/`, as a path relative to `Content/`, plus any `?query#fragment`;
        /// from a year's files the path starts `../` (its pages sit in `<YYYY>/`, the assets at the root).
        case asset(path: String, suffix: String)
        /// Another policy's narrative (`framework.md#x`).
        case policy(id: String, fragment: String)
    }

    public enum Failure: Error, Equatable, Sendable {
        case outsideContent
        case missing(suggestion: String?)
    }

    /// Resolves `url` written in a file under `directory` of `folder` (`["policies"]` for narratives, `[]` for report.yml).
    public func resolve(_ url: String, from directory: [String]) -> Result<Target, Failure> {
        let directory = folder + directory
        guard Self.isRelativePath(url) else { return .success(.unchanged) }
        var path = Substring(url)
        var suffix = ""
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            suffix = String(path[cut...])
            path = path[..<cut]
        }
        let decoded = String(path).removingPercentEncodingOrSelf
        var parts = directory
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return .failure(.outsideContent) }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        let resolved = parts.joined(separator: "/")
        if parts.count == folder.count + 2, parts.starts(with: folder), parts[folder.count] == "policies", parts.last!.hasSuffix(".md") {
            let id = String(parts.last!.dropLast(3))
            if policyIDs.contains(id) {
                let fragment = suffix.firstIndex(of: "#").map { String(suffix[$0...]) } ?? ""
                return .success(.policy(id: id, fragment: fragment))
            }
            return .failure(.missing(suggestion: NearestMatch.suggestion(for: id, in: policyIDs).map { "\($0).md" }))
        }
        if parts.first == "assets", assetPaths.contains(resolved) {
            return .success(.asset(path: (folder.isEmpty ? "" : "../") + resolved, suffix: suffix))
        }
        let candidates =
            assetPaths.map { Self.relative($0, from: directory) }
            + policyIDs.map { Self.relative((folder + ["policies", "\($0).md"]).joined(separator: "/"), from: directory) }
        return .failure(.missing(suggestion: NearestMatch.suggestion(for: decoded, in: candidates.sorted())))
    }

    /// The URL to write on a page of the given style.
    public static func href(for target: Target, original: String, style: PageStyle) -> String {
        switch target {
        case .unchanged:
            return original
        case .asset(let path, let suffix):
            return (style == .policyPage ? "../" : "") + path + suffix
        case .policy(let id, let fragment):
            switch style {
            case .overview: return "policies/\(id).html\(fragment)"
            case .policyPage: return "\(id).html\(fragment)"
            case .printPage: return "#policy-\(id)"
            }
        }
    }

    /// A path with no scheme, not starting with `/` or `#`, and not empty.
    static func isRelativePath(_ url: String) -> Bool {
        guard let first = url.first, first != "/", first != "#", first != "?" else { return false }
        // A scheme is letters, digits, + - . before the first ":" (and before any / ? #).
        for character in url {
            if character == ":" { return false }
            if character == "/" || character == "?" || character == "#" { return true }
            if !(character.isASCII && (character.isLetter || character.isNumber || "+-.".contains(character))) { return true }
        }
        return true
    }

    static func relative(_ path: String, from directory: [String]) -> String {
        var parts = path.split(separator: "/").map(String.init)
        var base = directory
        while let b = base.first, let p = parts.first, b == p, parts.count > 1 {
            base.removeFirst()
            parts.removeFirst()
        }
        return (Array(repeating: "..", count: base.count) + parts).joined(separator: "/")
    }
}

extension String {
    /// Percent-decoded when the escapes are valid UTF-8, else as written.
    package var removingPercentEncodingOrSelf: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
                let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
