import Dispatch
import Foundation
import Hummingbird
import Logging
public import StudioSite

/// `productstudio serve`: builds the help site into memory, serves it over HTTP, and rebuilds what each
/// edit of `content/` or `templates/` touched, reloading the open pages.
///
/// The site is never written to disk. It listens on 127.0.0.1 unless told otherwise, on the first free port
/// from the one asked for. After a rebuild with errors, the last good site is served with the errors over
/// every page. `run()` returns when the process gets SIGINT (Ctrl-C) or SIGTERM.
public struct PreviewServer {
    /// What to build: the site's folders, base URL, drafts and data sets.
    public let options: BuildOptions
    /// The address to listen on: an IP address or `localhost`.
    public let address: String
    /// The first port to try.
    public let port: Int
    /// Receives what the preview has to say.
    public let report: Report

    /// What the preview says as it runs: one line per build, the URL it serves, its errors.
    public struct Report: Sendable {
        /// Prints a line people read (the URL, each rebuild); nil prints nothing of the kind.
        let info: (@Sendable (String) -> Void)?
        /// Prints an error or warning line.
        let problem: @Sendable (String) -> Void
        /// Words a build's finding, on the terminal and over the pages (the front end adds its hints).
        let describe: @Sendable (SiteDiagnostic) -> String

        public init(
            info: (@Sendable (String) -> Void)?,
            problem: @escaping @Sendable (String) -> Void,
            describe: @escaping @Sendable (SiteDiagnostic) -> String = { $0.description }
        ) {
            self.info = info
            self.problem = problem
            self.describe = describe
        }

        func rebuilt(_ update: SiteUpdate, first: Bool, milliseconds: Double) {
            for diagnostic in update.diagnostics where diagnostic.severity == .error || (info != nil && first) {
                problem(describe(diagnostic))
            }
            guard update.succeeded else {
                let count = update.diagnostics.filter { $0.severity == .error }.count
                problem("rebuild failed with \(count) error\(count == 1 ? "" : "s"); serving the last good site")
                return
            }
            let time = milliseconds < 10 ? String(format: "%.1f", milliseconds) : String(Int(milliseconds.rounded()))
            if first {
                info?("built \(update.changedFiles.count) files in \(time) ms")
            } else if !update.changedFiles.isEmpty {
                let files = update.changedFiles.count
                info?("rebuilt in \(time) ms: \(files) file\(files == 1 ? "" : "s") changed (\(update.renderedFiles) rendered)")
            }
        }

        func failed(_ message: String) { problem(message) }
    }

    public init(options: BuildOptions, address: String = "127.0.0.1", port: Int = 1313, report: Report) {
        self.options = options
        self.address = address
        self.port = port
        self.report = report
    }

    /// Builds, serves and watches until SIGINT or SIGTERM.
    /// - Throws: ``PreviewError`` when the source folder lacks `content/` or `templates/`, no port is free, the sources
    ///   cannot be watched or the server fails.
    public func run() async throws(PreviewError) {
        do throws(BuildError) {
            try options.requireSourceFolders()
        } catch {
            throw .site(error)
        }
        let listen = try ListenAddress.firstFree(address: address, from: port)
        if !listen.isLoopback {
            report.problem("warning: listening on \(listen.host): the preview can be reached from the network")
        }
        let served = ServedSite()
        let watcher = try SourceWatcher(source: options.source.path, folders: ["content", "templates"])
        let rebuilder = Rebuilder(live: LiveSite(options: options), watcher: watcher, served: served, report: report)
        _ = rebuilder.buildFirst()
        rebuilder.start()

        var logger = Logger(label: "productstudio.serve")
        logger.logLevel = .critical
        let application = Application(
            responder: SiteResponder(served: served, hosts: HostCheck(address: listen)),
            configuration: ApplicationConfiguration(address: .hostname(listen.host, port: listen.port), serverName: nil),
            onServerRunning: { [report] _ in report.info?("serving \(listen.url) (Ctrl-C to stop)") },
            logger: logger
        )
        let server = Task { try await application.run() }
        let stop = StopSignals {
            served.events.close()
            server.cancel()
        }
        let outcome = await server.result
        stop.cancel()
        served.events.close()
        rebuilder.stop()
        if case .failure(let error) = outcome, !(error is CancellationError), !Task.isCancelled, !stop.fired {
            throw .server("\(error)")
        }
    }
}
