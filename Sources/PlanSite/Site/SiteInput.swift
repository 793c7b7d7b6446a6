import Foundation
import PlanSiteCore
import PlanSiteRendering

/// Everything a build reads, already in memory (assets only by location): the pure part of
/// the build works on this value alone, so tests need no disk.
public struct SiteInput: Sendable {
    /// `report.yml` as the user knows it (`Content/report.yml`) and its bytes.
    public var reportFile: String
    public var reportBytes: [UInt8]
    /// `Content/policies/*.md` by file name (`awareness.md`).
    public var narratives: [NarrativeFile]
    /// `Content/assets/**` by path relative to `Content/` (`assets/map.png`).
    public var assets: [AssetFile]
    public var theme: Theme
    /// Problems found while reading the files (such as links leading out of `Content/`).
    public var problems: [Diagnostic] = []

    public struct NarrativeFile: Sendable {
        public var name: String
        public var displayPath: String
        public var bytes: [UInt8]

        public init(name: String, displayPath: String, bytes: [UInt8]) {
            self.name = name
            self.displayPath = displayPath
            self.bytes = bytes
        }
    }

    public struct AssetFile: Sendable {
        public var path: String
        public var displayPath: String
        public var contents: OutputFile.Contents

        public init(path: String, displayPath: String, contents: OutputFile.Contents) {
            self.path = path
            self.displayPath = displayPath
            self.contents = contents
        }
    }

    public init(
        reportFile: String, reportBytes: [UInt8], narratives: [NarrativeFile] = [], assets: [AssetFile] = [],
        theme: Theme = .builtIn
    ) {
        self.reportFile = reportFile
        self.reportBytes = reportBytes
        self.narratives = narratives
        self.assets = assets
        self.theme = theme
    }
}
