import Foundation
import Testing

/// The direction of flow inside the `PlanSite` target, which the compiler cannot see: page
/// models (Presentation) know nothing of the build and its output (Site). Between targets the
/// compiler holds it (Package.swift).
@Suite("Layers")
struct LayerTests {
    static let sources = TestSupport.repository.appendingPathComponent("Sources")

    static func swiftFiles(_ folder: String) -> [(name: String, text: String)] {
        let url = sources.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().compactMap { name in
            (try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }

    /// The types a folder declares at the top level.
    static func declaredTypes(_ folder: String) -> Set<String> {
        var names: Set<String> = []
        for file in swiftFiles(folder) {
            for line in file.text.split(separator: "\n") {
                let words = line.split(separator: " ")
                for (i, word) in words.enumerated() where ["struct", "enum", "class", "protocol"].contains(word) && i + 1 < words.count {
                    let name = words[i + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    if !name.isEmpty, !line.hasPrefix(" ") { names.insert(String(name)) }
                }
            }
        }
        return names
    }

    @Test func pageModelsDoNotUseTheBuild() {
        let site = Self.declaredTypes("PlanSite/Site")
        #expect(site.contains("SiteGenerator"))
        for file in Self.swiftFiles("PlanSite/Presentation") {
            let words = Set(file.text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            #expect(words.isDisjoint(with: site), "\(file.name) uses \(words.intersection(site).sorted())")
        }
    }

    @Test func swiftMustacheIsOnlyInTheTests() throws {
        let folders = [
            "PlanSiteSupport", "PlanSiteCore", "PlanSiteRendering/Rendering", "PlanSite/Presentation", "PlanSite/Site",
            "PlanSiteImport/Import", "PlanSitePreview/Preview", "plansite",
        ]
        for folder in folders {
            for file in Self.swiftFiles(folder) { #expect(!file.text.contains("import Mustache"), "\(folder)/\(file.name)") }
        }
        let manifest = try String(contentsOf: TestSupport.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let uses = manifest.components(separatedBy: #".product(name: "Mustache""#).count - 1
        #expect(uses == 1, "swift-mustache is named by \(uses) targets")
        let testTarget = try #require(manifest.range(of: ".testTarget("))
        #expect(manifest.range(of: #".product(name: "Mustache""#)!.lowerBound > testTarget.lowerBound)
    }
}
