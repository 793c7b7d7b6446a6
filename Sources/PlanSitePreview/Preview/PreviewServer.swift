import FlyingSocks
import Foundation
import PlanSite
import PlanSiteCore

/// `plansite serve`: builds the project in memory, serves it on 127.0.0.1 (each page rendered
/// when it is asked for, see `PreviewSite`), and rebuilds and reloads every open page when
/// `Content/` or `Templates/` change; a rebuild parses and renders again only what changed
/// (`RebuildCache`). A failed rebuild keeps the last good site and shows the errors above every
/// page until the content is fixed. Nothing is written to `Output/`.
public final class PreviewServer: Sendable {
    public enum Event: Sendable {
        /// `work` says what was parsed and rendered again.
        case built(SiteBuilder.Summary, work: String)
        case failed([Diagnostic], excerpts: [String?])
        case ioFailure(String)
        case listening(URL, watcher: String)
    }

    public struct PortInUse: Error, CustomStringConvertible {
        public var port: Int
        public var suggestion: Int?
        public var description: String {
            "port \(port) on 127.0.0.1 is already in use" + (suggestion.map { "; try plansite serve --port \($0)" } ?? "")
        }
    }

    let paths: ProjectPaths
    let port: Int
    let report: @Sendable (Event) -> Void
    let state = PreviewState()
    let reload = LiveReload()
    let cache = RebuildCache()

    public init(paths: ProjectPaths, port: Int, report: @escaping @Sendable (Event) -> Void) {
        self.paths = paths
        self.port = port
        self.report = report
    }

    /// Builds, then serves until the task is cancelled or the process ends.
    public func run() async throws {
        guard PortProbe.isFree(port) else {
            throw PortInUse(port: port, suggestion: (port + 1...min(65535, port + 50)).first(where: PortProbe.isFree))
        }
        await rebuild()
        let pool: some AsyncSocketPool = .make()
        try await pool.prepare()
        let poolTask = Task { try await pool.run() }
        defer { poolTask.cancel() }
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: .inet(ip4: "127.0.0.1", port: UInt16(port)))
        try socket.listen()
        let listener = try AsyncSocket(socket: socket, pool: pool)

        let watched = [paths.content] + [paths.templates].filter { FileManager.default.fileExists(atPath: $0.path) }
        let watcher = FileWatcher(folders: watched) { [self] in
            Task { await self.rebuild() }
        }
        watcher.start()
        defer { watcher.stop() }
        let reload = self.reload
        let pinger = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await reload.ping()
            }
        }
        defer { pinger.cancel() }
        report(.listening(URL(string: "http://127.0.0.1:\(port)/")!, watcher: watcher.mechanism))
        let connection = PreviewConnection(responder: PreviewResponder(), state: state, reload: reload)
        for try await client in listener.sockets {
            Task { await connection.serve(client) }
        }
    }

    /// Rebuilds the site; one rebuild at a time, and a burst during a rebuild gives one more.
    public func rebuild() async {
        guard await state.beginBuild() else { return }
        repeat {
            do throws(SiteBuilder.Failure) {
                let (result, summary) = try SiteBuilder.preview(paths, cache: cache)
                await state.succeeded(site: PreviewSite(files: result.files))
                report(.built(summary, work: cache.work))
            } catch {
                switch error {
                case .content(let diagnostics):
                    let excerpts = diagnostics.map(Self.sourceLine)
                    await state.failed(banner: PreviewResponder.banner(for: diagnostics, lines: excerpts, language: reportLanguage))
                    report(.failed(diagnostics, excerpts: excerpts))
                case .io(let message), .busy(let message):
                    await state.failed(
                        banner: PreviewResponder.banner(
                            for: [Diagnostic(file: ProjectPaths.display(paths.content), position: .start, message: message)], lines: [nil],
                            language: reportLanguage))
                    report(.ioFailure(message))
                }
            }
            await reload.reload()
        } while await state.endBuild()
    }

    /// The line a diagnostic points at, read from its file.
    static func sourceLine(_ diagnostic: Diagnostic) -> String? {
        guard let data = FileManager.default.contents(atPath: diagnostic.file) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let index = Int(diagnostic.position.line) - 1
        guard lines.indices.contains(index) else { return nil }
        return String(lines[index].trimmingSuffix("\r"))
    }
}

/// What the preview knows between requests: the last good site, whether the last build failed,
/// and if a build runs.
actor PreviewState {
    private(set) var site: PreviewSite?
    private(set) var banner: String?
    private var building = false
    private var again = false

    /// `false` when a build is already running (it will run once more when done).
    func beginBuild() -> Bool {
        if building {
            again = true
            return false
        }
        building = true
        return true
    }

    /// Whether to build once more.
    func endBuild() -> Bool {
        if again {
            again = false
            return true
        }
        building = false
        return false
    }

    func succeeded(site: PreviewSite) {
        self.site = site
        banner = nil
    }

    /// The site and banner of one moment, for one request.
    var current: (site: PreviewSite?, banner: String?) { (site, banner) }
    func failed(banner: String) { self.banner = banner }
}

/// Whether a TCP port on 127.0.0.1 can be listened on.
enum PortProbe {
    static func isFree(_ port: Int) -> Bool {
        guard (1...65535).contains(port) else { return false }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: Character) -> Substring {
        last == suffix ? dropLast() : self
    }
}
