import Foundation
@testable import PlanSiteCore
import Testing

/// The typing mistakes the hints are for, made at random places of the seed: the loader never
/// crashes, and every problem it reports is at a line and column of the file.
@Suite("Typing mistakes at random places")
struct CommonMistakesTests {
    @Test("Full-width colons, tabs, full-width spaces, lost and extra spaces anywhere in the seed")
    func randomMistakes() throws {
        let seed = String(decoding: try TestSupport.seedInput().reportBytes, as: UTF8.self)
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rng = SplitMix(seed: 15)
        for _ in 0..<300 {
            var mutated = lines
            let index = Int(rng.next() % UInt64(lines.count - 1))
            var line = mutated[index]
            switch rng.next() % 6 {
            case 0: line = line.replacingOccurrences(of: ": ", with: "：")
            case 1: line = "\t" + line
            case 2: line = "\u{3000}" + line
            case 3: line = String(line.dropFirst())
            case 4: line = " " + line
            default: line = line.replacingOccurrences(of: ": ", with: ":").replacingOccurrences(of: "- ", with: "-")
            }
            mutated[index] = line
            let loaded = ReportLoader.load(Array(mutated.joined(separator: "\n").utf8), file: "Content/report.yml")
            for diagnostic in loaded.diagnostics {
                #expect((1...lines.count + 1).contains(Int(diagnostic.position.line)), "\(diagnostic)")
                #expect(diagnostic.position.column >= 1, "\(diagnostic)")
            }
        }
    }
}
