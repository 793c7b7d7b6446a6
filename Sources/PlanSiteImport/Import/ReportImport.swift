import Foundation
import PlanSiteCore

/// `plansite import`: reads a CSV file, converts it with `SpreadsheetImporter` and writes
/// `report.yml` — the only part of an import that touches the disk.
///
/// An existing file is replaced only when asked (`force`), and then what the sheet does not
/// carry (title, fiscal year, actors, statuses, labels, policy summaries…) is kept from it. The
/// new file is written beside the old one and renamed over it, so a failed or interrupted import
/// leaves the old file as it was; with any error in the sheet nothing is written.
public enum ReportImport {
    public struct Request: Sendable {
        public var csv: URL
        /// The CSV file as messages name it: the path as the user gave it.
        public var csvDisplay: String
        /// Where to write; `nil` writes nothing and returns the text (for standard output).
        public var output: URL?
        public var force: Bool
        public var title: String?
        public var fiscalYear: Int?
        public var policyColumn: String?
        /// The placeholder fiscal year when nothing else names one.
        public var fallbackFiscalYear: Int

        public init(
            csv: URL, csvDisplay: String, output: URL?, force: Bool = false, title: String? = nil, fiscalYear: Int? = nil,
            policyColumn: String? = nil, fallbackFiscalYear: Int
        ) {
            self.csv = csv
            self.csvDisplay = csvDisplay
            self.output = output
            self.force = force
            self.title = title
            self.fiscalYear = fiscalYear
            self.policyColumn = policyColumn
            self.fallbackFiscalYear = fallbackFiscalYear
        }
    }

    public struct Summary: Sendable {
        public var policyCount: Int
        public var actionCount: Int
        public var encoding: TextEncodingDetector.Encoding
        /// The text written (or to print, without an output file).
        public var yaml: String
        public var warnings: [Diagnostic]
        public var notes: [String]
    }

    public enum Failure: Error {
        /// The sheet has errors; nothing was written.
        case content([Diagnostic])
        /// A file could not be read or written, or the output exists and `force` was not given.
        case io(String)
    }

    public static func run(_ request: Request) throws(Failure) -> Summary {
        let fm = FileManager.default
        let outputDisplay = request.output.map(ProjectPaths.display) ?? "report.yml"
        var base: Report?
        var notes: [String] = []
        if let output = request.output {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: output.path, isDirectory: &isFolder) {
                if isFolder.boolValue {
                    throw .io("\(outputDisplay) is a folder; give the file to write, such as \(outputDisplay)/report.yml")
                }
                guard request.force else {
                    throw .io(
                        "\(outputDisplay) already exists; import again with --force to replace it (its title, fiscal year, actors, statuses, labels and policy summaries are kept)"
                    )
                }
                (base, notes) = readBase(output, display: outputDisplay)
            }
        }

        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: request.csv))
        } catch {
            let missing = !fm.fileExists(atPath: request.csv.path)
            throw .io("\(request.csvDisplay): \(missing ? "not found" : "cannot read: \(error.localizedDescription)")")
        }
        let options = SpreadsheetImporter.Options(
            title: request.title, fiscalYear: request.fiscalYear, policyColumn: request.policyColumn, base: base,
            fallbackFiscalYear: request.fallbackFiscalYear, outputFile: outputDisplay)
        let result = SpreadsheetImporter.convert(bytes, file: request.csvDisplay, options: options)
        guard var yaml = result.yaml, let report = result.report, let encoding = result.encoding else {
            throw .content(result.diagnostics)
        }
        if base != nil, let output = request.output, let old = try? Data(contentsOf: output) {
            yaml = PlaceholderCheck.carryMarks(from: Array(old), to: yaml)
        }
        if let output = request.output {
            do {
                try writeAtomically(Data(yaml.utf8), to: output)
            } catch {
                throw .io("\(outputDisplay): \(error)")
            }
        }
        return Summary(
            policyCount: report.policies.count, actionCount: result.actionCount, encoding: encoding, yaml: yaml,
            warnings: result.diagnostics, notes: notes + result.notes)
    }

    /// The report being replaced, when it loads without errors.
    static func readBase(_ url: URL, display: String) -> (Report?, [String]) {
        guard let bytes = try? Data(contentsOf: url) else {
            return (nil, ["\(display) could not be read; it is replaced wholly"])
        }
        let loaded = ReportLoader.load(Array(bytes), file: display)
        guard let report = loaded.report, !loaded.diagnostics.hasErrors,
            !ReportValidator.validate(report, file: display).diagnostics.hasErrors
        else {
            return (nil, ["\(display) has errors (plansite check lists them); it is replaced wholly, nothing is kept from it"])
        }
        return (
            report,
            [
                "kept from \(display) what neither the sheet nor the options give: the header (title, fiscal year, actors, statuses, labels, …), policy summaries and numbers, indicator baselines"
            ]
        )
    }

    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes a hidden file beside `url`, then renames it over `url`: readers see the old file or
    /// the new one, never half of one.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let fm = FileManager.default
        let folder = url.deletingLastPathComponent()
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "cannot create the folder \(ProjectPaths.display(folder)): \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).plansite-import-\(getpid())")
        do {
            try data.write(to: temporary)
        } catch {
            try? fm.removeItem(at: temporary)
            throw WriteError(description: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temporary)
            throw WriteError(description: "cannot replace the file: \(reason)")
        }
    }
}
