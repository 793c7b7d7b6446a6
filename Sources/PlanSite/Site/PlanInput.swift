import PlanSiteCore
import PlanSiteRendering

/// Everything a build of a several-year project reads: `plan.yml` and each year's files, with
/// the assets and theme the years share.
public struct PlanInput: Sendable {
    public var planFile: String
    public var planBytes: [UInt8]
    /// By year, oldest first; each year's `assets` and `theme` are the shared ones.
    public var years: [Year]
    public var assets: [SiteInput.AssetFile]
    public var theme: Theme
    /// Problems of the project's shape (a folder that is not a year, a year without report.yml …).
    public var problems: [Diagnostic] = []

    public struct Year: Sendable {
        public var year: Int
        public var input: SiteInput

        public init(year: Int, input: SiteInput) {
            self.year = year
            self.input = input
        }
    }

    public init(planFile: String, planBytes: [UInt8], years: [Year], assets: [SiteInput.AssetFile] = [], theme: Theme = .builtIn) {
        self.planFile = planFile
        self.planBytes = planBytes
        self.years = years
        self.assets = assets
        self.theme = theme
    }
}

/// A project as read: one year (`Content/report.yml`) or several (`plan.yml` and `years/`).
public enum ProjectInput: Sendable {
    case oneYear(SiteInput)
    case severalYears(PlanInput)
}
