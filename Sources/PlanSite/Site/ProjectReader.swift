import Foundation
import PlanSiteCore
import PlanSiteRendering

/// Reads a project's files into a `SiteInput`: the only part of a build that reads the disk.
public enum ProjectReader {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func read(_ paths: ProjectPaths) throws -> SiteInput {
        let fm = FileManager.default
        let reportURL = paths.content.appendingPathComponent("report.yml")
        let reportFile = ProjectPaths.display(reportURL)
        guard fm.fileExists(atPath: reportURL.path) else {
            throw Failure(description: "\(reportFile): not found; a report project needs Content/report.yml (plansite init DIR makes one)")
        }
        let reportBytes: [UInt8]
        do {
            reportBytes = try contents(of: reportURL)
        } catch {
            throw Failure(description: "\(reportFile): cannot read: \(error.localizedDescription)")
        }

        let narratives = try readNarratives(in: paths.content.appendingPathComponent("policies"))
        let shared = try readShared(paths)
        var input = SiteInput(reportFile: reportFile, reportBytes: reportBytes, narratives: narratives, assets: shared.assets, theme: shared.theme)
        input.problems = shared.problems
        return input
    }

    /// The `*.md` files of a `policies/` folder, by name.
    static func readNarratives(in policiesURL: URL) throws -> [SiteInput.NarrativeFile] {
        let fm = FileManager.default
        var narratives: [SiteInput.NarrativeFile] = []
        let folder = ProjectPaths.display(policiesURL)  // once: a report may have a thousand
        for name in (try? fm.contentsOfDirectory(atPath: policiesURL.path))?.sorted() ?? [] where name.hasSuffix(".md") {
            let url = policiesURL.appendingPathComponent(name)
            do {
                narratives.append(.init(name: name, displayPath: folder == "." ? name : folder + "/" + name, bytes: try contents(of: url)))
            } catch {
                throw Failure(description: "\(ProjectPaths.display(url)): cannot read: \(error.localizedDescription)")
            }
        }
        return narratives
    }

    /// What every year of a project shares: `Content/assets/` and the theme.
    static func readShared(_ paths: ProjectPaths) throws -> (assets: [SiteInput.AssetFile], problems: [Diagnostic], theme: Theme) {
        let assetsURL = paths.content.appendingPathComponent("assets")
        var outside: [String] = []
        let assetPaths = files(under: assetsURL, confinedTo: paths.content, outside: &outside)
        let linkProblems = outside.map {
            Diagnostic(
                file: ProjectPaths.display(assetsURL.appendingPathComponent($0)), position: .start,
                message: "a symbolic link that leads outside Content/ (or to a folder) is not followed; copy the file into Content/assets/ instead")
        }
        let assets = assetPaths.map { relative in
            let url = assetsURL.appendingPathComponent(relative)
            return SiteInput.AssetFile(path: "assets/\(relative)", displayPath: ProjectPaths.display(url), contents: .copy(url))
        }

        var overrides: [String: Theme.File] = [:]
        for relative in files(under: paths.templates) {
            let url = paths.templates.appendingPathComponent(relative)
            do {
                overrides[relative] = Theme.File(bytes: try contents(of: url), origin: ProjectPaths.display(url))
            } catch {
                throw Failure(description: "\(ProjectPaths.display(url)): cannot read: \(error.localizedDescription)")
            }
        }
        return (assets, linkProblems, Theme.builtIn.overlaid(with: overrides))
    }

    /// Regular files under `root`, relative to it, sorted; hidden files are skipped. A symbolic
    /// link is followed only when it leads to a file inside `confinedTo`; any other link is
    /// reported (in `outside`) and left out, so nothing outside the project is ever published.
    static func files(under root: URL, confinedTo boundary: URL? = nil, outside: inout [String]) -> [String] {
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        let base = root.standardizedFileURL.path + "/"
        let limit = (boundary ?? root).resolvingSymlinksInPath().standardizedFileURL.path + "/"
        var result: [String] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { continue }
            if values?.isSymbolicLink == true {
                let target = url.resolvingSymlinksInPath().standardizedFileURL
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory)
                if exists && !isDirectory.boolValue && target.path.hasPrefix(limit) {
                    result.append(String(path.dropFirst(base.count)))
                } else {
                    outside.append(String(path.dropFirst(base.count)))
                }
                continue
            }
            if values?.isRegularFile == true { result.append(String(path.dropFirst(base.count))) }
        }
        return result.sorted()
    }

    static func files(under root: URL) -> [String] {
        var ignored: [String] = []
        return files(under: root, outside: &ignored)
    }
}
