import PlanSiteSupport

/// Where a several-year build puts its site as it makes it, a year at a time: written at once
/// (`StagedSite`, for `build`) or kept to be made later (`HeldSite`, for the preview and tests).
public protocol SiteOutput: AnyObject {
    /// Whole files.
    func add(_ files: [OutputFile])
    /// The next part of a file made across years (the data of every year), in the order given.
    func append(_ path: String, _ part: @escaping @Sendable (ByteSink) -> Void)
}

/// A site kept as its files, each made when it is written or asked for; what the files need
/// (every year's report) is kept with them.
public final class HeldSite: SiteOutput {
    private var added: [OutputFile] = []
    private var parts: [(path: String, parts: [@Sendable (ByteSink) -> Void])] = []

    public init() {}

    public func add(_ files: [OutputFile]) { added += files }

    public func append(_ path: String, _ part: @escaping @Sendable (ByteSink) -> Void) {
        if let i = parts.firstIndex(where: { $0.path == path }) {
            parts[i].parts.append(part)
        } else {
            parts.append((path, [part]))
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
