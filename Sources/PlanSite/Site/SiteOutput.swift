import PlanSiteSupport

/// Where a several-year build puts its site as it makes it, a year at a time: written at once
/// (`StagedSite`, for `build`) or kept to be made later (`HeldSite`, for the preview and tests).
public protocol SiteOutput: AnyObject {
    /// Whole files, and the next part of files made across years (the data of every year): all
    /// written at the same time, each part after the parts of its file given before. At most one
    /// part per file in a call.
    func add(_ files: [OutputFile], parts: [FilePart])
}

/// The next part of a file made across years.
public struct FilePart: Sendable {
    public var path: String
    public var write: @Sendable (ByteSink) -> Void

    public init(_ path: String, _ write: @escaping @Sendable (ByteSink) -> Void) {
        self.path = path
        self.write = write
    }
}
