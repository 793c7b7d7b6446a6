import PlanSiteCore

/// What the preview keeps from one build to the next, so that a save parses and renders only
/// what it changed: the files read, the parts of each report.yml and each policy's Markdown. A build given a
/// cache gives exactly the site a build without one gives.
public final class RebuildCache: Sendable {
    public let files = FileReadCache()
    public let reports = ReportLoadCache()
    public let markdown = MarkdownCache()

    public init() {}

    /// Starts the counts of `work` afresh and forgets the reports not in `files`.
    /// (The file cache starts before the files are read: `files.begin()`.)
    func begin(keeping files: Set<String>) {
        reports.resetCounts()
        markdown.resetCounts()
        reports.keep(only: files)
        markdown.keep(only: files)
    }

    /// What the last build parsed and rendered again, for the preview's log line.
    public var work: String {
        "read \(files.readCount) of \(files.askedCount) files, parsed \(reports.parsedParts) of \(reports.loadedParts) parts of report.yml, "
            + "rendered the Markdown of \(markdown.renderedPolicies) of \(markdown.policies) policies"
    }
}
