import Foundation
import PlanSiteCore

extension ProjectReader {
    /// Reads either shape of project. A several-year project is one with `Content/plan.yml` or
    /// `Content/years/`; the rules of its shape are diagnostics, so one run lists them all.
    public static func readProject(_ paths: ProjectPaths) throws -> ProjectInput {
        let fm = FileManager.default
        let planURL = paths.content.appendingPathComponent("plan.yml")
        let yearsURL = paths.content.appendingPathComponent("years")
        let reportURL = paths.content.appendingPathComponent("report.yml")
        var isFolder: ObjCBool = false
        let hasYears = fm.fileExists(atPath: yearsURL.path, isDirectory: &isFolder) && isFolder.boolValue
        let hasPlan = fm.fileExists(atPath: planURL.path)
        guard hasPlan || hasYears else { return .oneYear(try read(paths)) }

        let planFile = ProjectPaths.display(planURL)
        var problems: [Diagnostic] = []
        if fm.fileExists(atPath: reportURL.path) {
            problems.append(
                Diagnostic(
                    file: ProjectPaths.display(reportURL), position: .start,
                    message:
                        "a project holds one year (Content/report.yml) or several (Content/plan.yml and Content/years/), not both; move this file to Content/years/<YYYY>/report.yml (plansite next-year does it)"
                ))
        }
        if !hasYears {
            problems.append(
                Diagnostic(
                    file: planFile, position: .start,
                    message:
                        "plan.yml needs a folder Content/years/ with a folder per fiscal year (Content/years/2013/report.yml)"))
        }
        var planBytes: [UInt8] = []
        if hasPlan {
            do { planBytes = try contents(of: planURL) } catch {
                throw Failure(description: "\(planFile): cannot read: \(error.localizedDescription)")
            }
        } else {
            problems.append(
                Diagnostic(
                    file: ProjectPaths.display(yearsURL), position: .start,
                    message:
                        "a project with years/ needs Content/plan.yml with at least the plan's title"))
        }

        let shared = try readShared(paths)
        problems += shared.problems
        var years: [PlanInput.Year] = []
        let names = hasYears ? ((try? fm.contentsOfDirectory(atPath: yearsURL.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted() : []
        for name in names {
            let folder = yearsURL.appendingPathComponent(name)
            guard fm.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                problems.append(
                    Diagnostic(
                        file: ProjectPaths.display(folder), position: .start,
                        message:
                            "Content/years/ holds only a folder per fiscal year (2013, 2014 …); move this file"))
                continue
            }
            guard let year = PlanYears.year(ofFolder: name) else {
                problems.append(
                    Diagnostic(
                        file: ProjectPaths.display(folder), position: .start,
                        message:
                            "\"\(name)\" is not a fiscal year; name a year's folder by the Western year it starts, such as 2013"))
                continue
            }
            let report = folder.appendingPathComponent("report.yml")
            guard fm.fileExists(atPath: report.path) else {
                problems.append(
                    Diagnostic(
                        file: ProjectPaths.display(folder), position: .start,
                        message:
                            "the year \(year) has no report.yml; add Content/years/\(name)/report.yml or remove the folder"))
                continue
            }
            let bytes: [UInt8]
            do { bytes = try contents(of: report) } catch {
                throw Failure(description: "\(ProjectPaths.display(report)): cannot read: \(error.localizedDescription)")
            }
            let narratives = try readNarratives(in: folder.appendingPathComponent("policies"))
            years.append(
                PlanInput.Year(
                    year: year,
                    input: SiteInput(
                        reportFile: ProjectPaths.display(report), reportBytes: bytes, narratives: narratives,
                        assets: shared.assets, theme: shared.theme)))
        }
        if hasYears, years.isEmpty, names.isEmpty {
            problems.append(
                Diagnostic(
                    file: ProjectPaths.display(yearsURL), position: .start,
                    message:
                        "Content/years/ has no year; add a folder per fiscal year with its report.yml (Content/years/2013/report.yml)"))
        }
        var input = PlanInput(planFile: planFile, planBytes: planBytes, years: years, assets: shared.assets, theme: shared.theme)
        input.problems = problems
        return .severalYears(input)
    }
}
