import ArgumentParser
import Foundation
import StudioPreview

/// `productstudio serve`: a live preview of the help site that rebuilds only what an edit touched.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the help site: build it into memory, serve it and rebuild what each edit touches.",
        discussion: """
            The site is built into memory (public/ is left as the last build wrote it) and served at \
            http://127.0.0.1:1313/, or the next free port; the URL is printed. Saving a file in content/ or \
            templates/ rebuilds the pages it affects and reloads the open pages, keeping their scroll \
            position; a stylesheet-only change is swapped in without a reload. A rebuild with errors keeps \
            the last good site and shows the errors over every page, as build reports them. Ctrl-C stops it.
            """
    )

    @OptionGroup var site: SiteSourceOptions

    @Option(help: ArgumentHelp("The first port to try; the next free one is taken when it is busy.", valueName: "n"))
    var port = 1313

    @Option(
        help: ArgumentHelp(
            "The address to listen on. Anything but a loopback address makes the preview reachable from the network.",
            valueName: "address"
        )
    )
    var bind = "127.0.0.1"

    @Flag(help: "Print errors only.")
    var quiet = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535, not \(port)") }
    }

    func run() async throws {
        let output: @Sendable (String) -> Void = { line in Console.output(line) }
        let info = quiet ? nil : output
        let report = PreviewServer.Report(info: info, problem: { line in Console.error(line) }, describe: \.commandLine)
        try await PreviewServer(options: try site.buildOptions(), address: bind, port: port, report: report).run()
    }
}
