import PlanSiteSupport

/// A site kept as its files, each made when it is written or asked for; what the files need
/// (every year's report) is kept with them.
public final class HeldSite: SiteOutput {
    private var added: [OutputFile] = []
    private var parts: [(path: String, parts: [@Sendable (ByteSink) -> Void])] = []

    public init() {}

    public func add(_ files: [OutputFile], parts: [FilePart]) {
        added += files
        for part in parts {
            if let i = self.parts.firstIndex(where: { $0.path == part.path }) {
                self.parts[i].parts.append(part.write)
            } else {
                self.parts.append((part.path, [part.write]))
            }
        }
    }

    /// Every file, the whole ones first, then those made of parts.
    public var files: [OutputFile] {
        added
            + parts.map { file in
                let parts = file.parts
                return OutputFile(path: file.path, contents: .stream { sink in for part in parts { part(sink) } })
            }
    }
}
