import ArgumentParser
import Foundation
import StudioSite

/// `productstudio build`: renders the help site from `content/` and `templates/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the help site from content/ (Markdown) and templates/ (Mustache).",
        discussion: """
            Every page is checked before anything is published: each broken link, missing anchor or image, \
            bad front matter and template problem is reported as FILE:LINE:COL, and the build exits 1 \
            leaving the previous output exactly as it was. A successful build replaces the output folder \
            as a whole; hidden entries in it (.git, .gitkeep) are kept.

            Markdown can place a data set with a fenced block whose info string is `data NAME`: \
            `pricing` is the price schedule the ledger charges, `platform-rules` the rules of the checker's \
            built-in profiles; content/data/NAME.yml adds your own.
            """
    )

    @OptionGroup var site: SiteSourceOptions

    @Option(help: ArgumentHelp("Where the site is written (default: public/ inside the source).", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace an output folder that this builder did not create.")
    var force = false

    @Flag(help: "Print errors only.")
    var quiet = false

    func run() throws {
        let options = try site.buildOptions(output: output, force: force)
        let started = Date()
        let report = try SiteBuilder(options: options).build()
        for diagnostic in report.diagnostics where !quiet || diagnostic.severity == .error {
            Console.error(diagnostic.commandLine)
        }
        guard report.succeeded else {
            let count = report.diagnostics.filter { $0.severity == .error }.count
            Console.error("build failed with \(count) error\(count == 1 ? "" : "s"); \(options.output.path) was left unchanged")
            throw ExitCode(ExitStatus.failure)
        }
        if !quiet {
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            print("built \(report.pagesWritten) pages into \(options.output.path) in \(milliseconds) ms")
        }
    }
}
