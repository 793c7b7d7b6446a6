import Foundation
import Testing

@testable import PlanSiteCore

/// The typing mistakes the hints are for, made at random places of the seed: the loader never
/// crashes, and every problem it reports is at a line and column of the file.
@Suite("Typing mistakes at random places")
struct CommonMistakesTests {
    /// The search for U+3000 (E3 80 80) before loading: found anywhere, also after a lone lead
    /// byte or at the very end, and not in a sequence cut short; the same on contiguous bytes
    /// (searched with memchr) and on any other collection.
    @Test func findsFullWidthSpacesAnywhere() {
        let space: [UInt8] = [0xE3, 0x80, 0x80]
        let other = Array("漢字 abc ".utf8)
        for length in 0...12 {
            let plain = Array((0..<length).map { other[$0 % other.count] })
            #expect(!CommonMistakes.containsFullWidthSpace(plain))
            for position in 0...length {
                let with = Array(plain[..<position]) + space + Array(plain[position...])
                #expect(CommonMistakes.containsFullWidthSpace(with))
                #expect(CommonMistakes.containsFullWidthSpace(with.lazy.map { $0 }))
                let cut = Array(plain[..<position]) + [0xE3, 0x80]
                #expect(!CommonMistakes.containsFullWidthSpace(cut))
                #expect(CommonMistakes.containsFullWidthSpace(Array(plain[..<position]) + [0xE3] + space))
            }
        }
    }

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
