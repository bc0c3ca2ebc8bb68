public import ArgumentParser
import Foundation
import StudioAssets
public import StudioCheck
import StudioCore

/// `productstudio check`: whether images and videos may be published on the platforms named.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check images and videos against platform rules and the naming convention before publishing.",
        discussion: """
            Files are read as `inspect` reads them. The house rules run on every file (unreadable, extension, \
            filename, duplicate, gps, history); each --profile adds a platform's rules (`productstudio profiles list`). \
            A config file (productstudio.yml in the current folder, or --config) can set profiles, profile files, \
            naming, use cases, ignored paths and rule levels. When a history database exists, each file is linked \
            to the task that made it and the summary prices regenerating the failures.

            Exit codes: 0 no error finding (warnings allowed unless --fail-on warning), 1 an error finding or a \
            file that could not be read, 2 usage or configuration errors. Nothing is written but --output FILE, \
            which must not exist yet.
            """
    )

    @Argument(help: "Image or video files, or folders to walk.")
    var paths: [String]

    @Option(help: ArgumentHelp("A platform profile to check against (repeat for several).", valueName: "name"))
    var profile: [String] = []

    @Option(help: ArgumentHelp("A YAML profile file to load and check against (repeat for several).", valueName: "file"))
    var profileFile: [String] = []

    @Option(help: ArgumentHelp("The config file (default: productstudio.yml in the current folder, when present).", valueName: "file"))
    var config: String?

    @Option(help: "The slot of every file, instead of the use case in each name: main or additional.")
    var slot: Slot?

    @Option(help: "Whether names must follow <SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>: convention or none.")
    var naming: Naming?

    @Option(help: "The lowest finding level that fails the run: error or warning.")
    var failOn: FindingLevel = .error

    @Option(help: "The report format: text, json, sarif, junit or github.")
    var format: CheckReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file (which must not exist) instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var ledger: DatabaseOptions
    @OptionGroup var account: AccountOption

    @Flag(help: "Do not link files to the generation history.")
    var noHistory = false

    @Option(help: "Refuse images whose header declares more pixels than this, before decoding anything.")
    var maxPixels = InspectOptions.defaultMaxPixels

    @Flag(help: "List passing files too (text report).")
    var verbose = false

    @Flag(help: "Print only errors (text report), and no summary on stderr.")
    var quiet = false

    /// `--naming`.
    enum Naming: String, ExpressibleByArgument, CaseIterable {
        case convention, none
    }

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one file or folder to check.") }
        guard maxPixels > 0 else { throw ValidationError("--max-pixels must be a positive number of pixels.") }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file or folder.")
        }
        if let output { try ReportFile.requireWritable(output) }
    }

    func run() throws {
        var setup = CheckSetup(maxPixels: maxPixels, today: CalendarDay(try DatabaseOptions.clock().now()))
        setup.profileNames = profile
        setup.profileFiles = profileFile
        setup.configFile = config
        setup.slot = slot
        setup.namingConvention = naming.map { $0 == .convention }
        let options = try setup.options()
        let progress = InspectProgress()
        let display = ProgressLine(progress: progress, command: "check")
        display.start()
        var report = Checker(options: options, history: try historyLink()).check(paths, progress: progress)
        display.stop()
        if quiet && format == .text {
            for index in report.assets.indices { report.assets[index].findings.removeAll { $0.level != .error } }
        }
        let text = format.render(
            report,
            context: ReportContext(toolVersion: ProductStudio.configuration.version, verbose: verbose, currentFolder: FileManager.default.currentDirectoryPath)
        )
        if let output {
            try ReportFile.write(text, to: output)
            if !quiet { Console.error(report.summaryLine + "; the report is in \(output)") }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if report.fails(at: failOn) { throw ExitCode(ExitStatus.failure) }
    }

    /// The history to link files to: the database when it exists (none is not an error), unless `--no-history`.
    private func historyLink() throws -> HistoryLink? {
        guard !noHistory, FileManager.default.fileExists(atPath: ledger.path) else { return nil }
        return HistoryLink(history: GenerationHistory(database: try ledger.open()), account: account.email)
    }
}

extension Slot: ExpressibleByArgument {}
extension FindingLevel: ExpressibleByArgument {}
extension CheckReportFormat: ExpressibleByArgument {}
