import Foundation
import PlanSiteSupport

/// For the preview: loads report.yml again after a save, parsing only the policies whose lines
/// changed. The file is split into its header and one part per policy (`PolicyBlockSplit`); each
/// part's result is kept with its bytes and first line, and reused while both are the same. An
/// edit that adds or removes lines parses the policies after it again (their positions moved).
///
/// Called by `ReportLoader.load(…, cache:)` after the checks made before any parsing. The result
/// is what `ReportLoader.load` gives without it: a file that does not split cleanly, or any part
/// with a syntax error, is read whole.
public final class ReportLoadCache: @unchecked Sendable {
    struct Part {
        /// A copy, so that no part holds on to the whole file it came from.
        var bytes: [UInt8]
        var policies: [Policy]
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    /// By file, then by the part's first line.
    private var parts: [String: [Int: Part]] = [:]
    /// Since `resetCounts`: how many policy parts were parsed, of how many loaded.
    public private(set) var parsedParts = 0
    public private(set) var loadedParts = 0

    public init() {}

    func load(_ bytes: [UInt8], file: String, defaults: ReportDefaults? = nil) -> (report: Report?, diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        let content = Array(ByteOrderMark.droppingUTF8(bytes))
        guard let split = PolicyBlockSplit.find(content, parts: 0, eachItem: true) else { return whole(bytes, file: file, defaults: defaults) }
        let known = parts[file] ?? [:]
        var reused: [Int: Part] = [:]
        var missing: [Int] = []
        for (index, part) in split.parts.enumerated() {
            if let old = known[part.lineOffset], Self.same(old.bytes, content[part.range]) {
                reused[index] = old
            } else {
                missing.append(index)
            }
        }
        enum Parsed {
            case header(Report?)
            case policies([Policy])
            case failed
        }
        // The header (index 0) and the parts not kept, on every core.
        let jobs = [-1] + missing
        let results = Parallel.map(jobs.count) { job -> (Parsed, [Diagnostic]) in
            let log = DiagnosticLog(file: file)
            let index = jobs[job]
            let bytes = index < 0 ? split.header : Array(content[split.parts[index].range])
            let offset = index < 0 ? 0 : split.parts[index].lineOffset
            let parsed: Parsed = bytes.withUnsafeBytes { raw in
                do {
                    let reader = try EventReader(bytes: raw, log: log, lineOffset: offset)
                    if index < 0 {
                        var report: Report?
                        try reader.document { report = try ReportLoader.decodeReport(reader, defaults: defaults) }
                        return .header(report)
                    }
                    var policies: [Policy] = []
                    try reader.document {
                        try reader.sequence("policies") { if let p = try ReportLoader.decodePolicy(reader) { policies.append(p) } }
                    }
                    return .policies(policies)
                } catch {
                    return .failed
                }
            }
            return (parsed, log.diagnostics)
        }
        guard case .header(var report)? = results.first?.0 else { return whole(bytes, file: file, defaults: defaults) }
        var diagnostics = results[0].1
        for (job, index) in missing.enumerated() {
            guard case .policies(let policies) = results[job + 1].0 else { return whole(bytes, file: file, defaults: defaults) }
            reused[index] = Part(bytes: Array(content[split.parts[index].range]), policies: policies, diagnostics: results[job + 1].1)
        }
        var kept: [Int: Part] = [:]
        var policies: [Policy] = []
        policies.reserveCapacity(split.parts.count)
        for (index, part) in split.parts.enumerated() {
            let done = reused[index]!
            policies += done.policies
            diagnostics += done.diagnostics
            kept[part.lineOffset] = done
        }
        report?.policies = policies
        parts[file] = kept
        parsedParts += missing.count
        loadedParts += split.parts.count
        return (report, diagnostics.sortedByPlace())
    }

    static func same(_ a: [UInt8], _ b: ArraySlice<UInt8>) -> Bool {
        a.count == b.count
            && (a.isEmpty || a.withUnsafeBytes { x in b.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } })
    }

    /// Read whole, as `ReportLoader` reads a file that does not split; nothing is kept.
    private func whole(_ bytes: [UInt8], file: String, defaults: ReportDefaults?) -> (report: Report?, diagnostics: [Diagnostic]) {
        parts[file] = nil
        parsedParts += 1
        loadedParts += 1
        return ReportLoader.loadWhole(bytes, file: file, defaults: defaults)
    }

    public func resetCounts() {
        lock.lock()
        defer { lock.unlock() }
        parsedParts = 0
        loadedParts = 0
    }

    /// Forgets every file but these (a year removed from a plan).
    public func keep(only files: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        parts = parts.filter { files.contains($0.key) }
    }
}
