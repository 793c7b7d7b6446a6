import ArgumentParser
import Dispatch
import Foundation
import PlanSite
import PlanSiteCore
import PlanSitePreview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1 and rebuild it on every change.",
        discussion: """
            Watches Content/ (in a plan over several years, plan.yml and every year folder) and
            Templates/; every save rebuilds the site and reloads the open pages.
            While the content has errors, the last good site stays served with the errors shown
            above every page. The site is kept in memory, each page rendered when the browser
            asks for it: nothing is written to Output/ (plansite build writes it). Stop with Ctrl-C.

            Example:
              plansite serve                 # then open http://127.0.0.1:8000/
              plansite serve ~/reports/2013 --port 8080
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "The port to listen on (127.0.0.1 only).")
    var port: Int = 8000

    func run() async throws {
        let signals = ([SIGINT, SIGTERM] as [Int32]).map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Terminal.out("Stopped.")
                Glibc.exit(0)
            }
            source.resume()
            return source
        }
        defer {
            for source in signals { source.cancel() }
        }
        signal(SIGXFSZ, SIG_IGN)

        let paths = project.paths()
        var folders = [ProjectPaths.display(paths.content) + "/"]
        if FileManager.default.fileExists(atPath: paths.templates.path) {
            folders.append(ProjectPaths.display(paths.templates) + "/")
        }
        let watched = folders.joined(separator: " and ")
        let server = PreviewServer(paths: paths, port: port) { event in
            switch event {
            case .listening(let url, let watcher):
                Terminal.out(
                    "Serving the site of \(ProjectPaths.display(paths.root)) at \(url) (pages made as they are asked for; nothing written to \(ProjectPaths.display(paths.output))/) — watching \(watched) (\(watcher)). Ctrl-C to stop."
                )
            case .built(let summary, let work):
                Terminal.out(
                    "\(Self.clock()) built \(summary.pageCount) pages, \(summary.actionCount) actions in \(summary.milliseconds) ms (\(summary.timings.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded()))" }.joined(separator: " · ")) ms); \(work)"
                )
            case .failed(let diagnostics, let excerpts):
                Terminal.error("\(Self.clock()) the content has errors; still serving the last good site:")
                for (diagnostic, line) in zip(diagnostics, excerpts) {
                    Terminal.report([diagnostic])
                    if let line { Terminal.error("  \(diagnostic.position.line) | \(line)") }
                }
            case .ioFailure(let message):
                Terminal.error("\(Self.clock()) error: \(message)")
            }
        }
        do {
            try await server.run()
        } catch let error as PreviewServer.PortInUse {
            Terminal.error("error: \(error)")
            throw ExitStatus.ioFailure
        }
    }

    static func clock() -> String {
        var now = time_t()
        Glibc.time(&now)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
