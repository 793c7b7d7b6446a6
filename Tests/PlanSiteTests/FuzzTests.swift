import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// Never a crash, never a hang: random and mutated copies of the seed report (and of its CSV
/// export) go through the loader, the validator, the Markdown renderer with link rewriting and
/// the importer. `PLANSITE_FUZZ_COUNT` sets the number of inputs (default 20,000 reports and
/// 5,000 sheets); `PLANSITE_FUZZ_SEED` replays a run. A crash found here becomes a case in
/// `Fixtures/invalid/` or a test below.
@Suite("Fuzzing", .serialized)
struct FuzzTests {
    static let count = Int(ProcessInfo.processInfo.environment["PLANSITE_FUZZ_COUNT"] ?? "") ?? 20_000
    static let seed = UInt64(ProcessInfo.processInfo.environment["PLANSITE_FUZZ_SEED"] ?? "") ?? 2013

    /// Characters that matter to YAML, Markdown, links and CSV.
    static let fragments: [[UInt8]] = [
        "- ", ": ", "\n", "  ", "\t", "#", "&a ", "*a", "!!str ", "|-\n", ">\n", "\"", "'", "{", "}", "[", "]", ",", "?", "---\n",
        "...\n", "~", "null", "no", "0123", "1e9", "-", "**", "*", "_", "`", "<script>", "](", "[", "](../", "](javascript:",
        "](p2.md#", "../assets/", "%E5", "\u{FEFF}", "\r\n", "\0", "\u{7}", "①", "「", "」", "。", "\u{FFFD}", "=", "+", "@",
    ].map { Array($0.utf8) }

    @Test(.timeLimit(.minutes(3)))
    func mutatedReportsNeverCrashOrHang() throws {
        let input = try TestSupport.seedInput()
        var rng = SplitMix(seed: Self.seed)
        let start = Date()
        var slowest = 0.0
        var failing = 0
        for i in 0..<Self.count {
            let bytes = mutate(input.reportBytes, &rng, rounds: 1 + Int(rng.next() % 4))
            let started = Date()
            let loaded = ReportLoader.load(bytes, file: "Content/report.yml")
            if let report = loaded.report {
                let validated = ReportValidator.validate(report, file: "Content/report.yml")
                if i % 10 == 0 {
                    let resolver = LinkResolver(assetPaths: ["assets/map.png"], policyIDs: Set(validated.report.policies.map(\.id.value)))
                    _ = MarkdownStage.render(
                        validated.report, narratives: [:], renderer: MarkdownRenderer(links: resolver),
                        reportFile: "Content/report.yml")
                }
            }
            if !loaded.diagnostics.isEmpty { failing += 1 }
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        // Most mutations break the report; every one of those must say why.
        #expect(failing > Self.count / 4)
        #expect(slowest < 2, "one input took \(slowest) s")
        print(
            "fuzz: \(Self.count) mutated reports in \(String(format: "%.1f", Date().timeIntervalSince(start))) s, \(failing) with diagnostics, slowest \(String(format: "%.1f", slowest * 1000)) ms (seed \(Self.seed))"
        )
    }

    @Test(.timeLimit(.minutes(2)))
    func randomMarkdownWithLinksNeverCrashes() {
        var rng = SplitMix(seed: Self.seed &+ 1)
        let renderer = MarkdownRenderer(links: LinkResolver(assetPaths: ["assets/map.png", "assets/資料/地図.pdf"], policyIDs: ["p1", "p2"]))
        for _ in 0..<(Self.count / 4) {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + rng.next() % 24) { bytes += Self.fragments[Int(rng.next() % UInt64(Self.fragments.count))] }
            let text = String(decoding: bytes, as: UTF8.self)
            var diagnostics: [Diagnostic] = []
            let narrative = renderer.renderNarrative(
                text, policyID: "p1", source: .init(file: "f", position: .start, directory: ["policies"], isWholeFile: true),
                diagnostics: &diagnostics)
            let field = renderer.renderField(
                text, source: .init(file: "f", position: .start, directory: [], isWholeFile: false), diagnostics: &diagnostics)
            for html in [narrative.html(for: .policyPage), narrative.html(for: .printPage), field.html(for: .overview)] {
                #expect(!html.contains("<script"), "\(text)")
                #expect(!html.lowercased().contains("href=\"javascript:"), "\(text)")
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func mutatedSpreadsheetsNeverCrash() throws {
        let input = try TestSupport.seedInput()
        let report = try #require(ReportLoader.load(input.reportBytes, file: "r").report)
        let csv = ActionsCSV.encode(ReportValidator.validate(report, file: "r").report)
        let sjis = Array("施策,取組方針,主体,項目,状況\n施策1 協働,多様な機会,◎,自治会、地域で,実施\n,,●,市報,未実施\n".data(using: .shiftJIS)!)
        var rng = SplitMix(seed: Self.seed &+ 2)
        for i in 0..<(Self.count / 4) {
            let bytes = mutate(i % 2 == 0 ? csv : sjis, &rng, rounds: 1 + Int(rng.next() % 3))
            let result = SpreadsheetImporter.convert(
                bytes, file: "actions.csv",
                options: .init(title: "t", fiscalYear: 2013, fallbackFiscalYear: 2013))
            // Either refused with a reason, or a report.yml that builds: never a file `check` refuses.
            guard let yaml = result.yaml else {
                #expect(result.diagnostics.hasErrors, "refused without an error (case \(i))")
                continue
            }
            #expect(!result.diagnostics.hasErrors, "wrote report.yml despite errors (case \(i))")
            let loaded = ReportLoader.load(Array(yaml.utf8), file: "report.yml")
            let written = try #require(loaded.report, "case \(i)")
            let problems = loaded.diagnostics + ReportValidator.validate(written, file: "report.yml").diagnostics
            #expect(!problems.hasErrors, "case \(i): \(problems.prefix(3))")
        }
    }

    /// Deletes, duplicates, flips or inserts a piece of the input.
    func mutate(_ input: [UInt8], _ rng: inout SplitMix, rounds: Int) -> [UInt8] {
        var bytes = input
        for _ in 0..<rounds {
            guard !bytes.isEmpty else { return bytes }
            let at = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 6 {
            case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(rng.next() % 40)))
            case 1: bytes.insert(contentsOf: Self.fragments[Int(rng.next() % UInt64(Self.fragments.count))], at: at)
            case 2: bytes[at] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
            case 3:
                let end = min(bytes.count, at + Int(rng.next() % 200))
                bytes.insert(contentsOf: bytes[at..<end], at: end)
            case 4: bytes = Array(bytes[..<at])
            default:
                // Swap two lines: shuffles indentation and structure.
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                guard lines.count > 2 else { continue }
                var shuffled = lines
                shuffled.swapAt(Int(rng.next() % UInt64(lines.count)), Int(rng.next() % UInt64(lines.count)))
                bytes = Array(shuffled.joined(separator: [0x0A]))
            }
        }
        return bytes
    }
}

/// A small deterministic random number generator, so a failing run can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
