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

            --format html writes one self-contained review page (thumbnails, findings, filters, the manual \
            checklist to tick and sign off). --fix FOLDER writes corrected copies of the files with fixable \
            findings into FOLDER (never over a file there: a taken name gets the next counter) and checks the \
            copies again; --dry-run prints that plan and writes nothing.

            Exit codes: 0 no error finding (warnings allowed unless --fail-on warning; with --fix, in the copies \
            and the files without one), 1 an error finding or a file that could not be read, 2 usage or \
            configuration errors. Nothing is written but --output FILE, which must not exist yet, and the copies \
            of --fix. Originals are never changed.
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

    @Option(name: .customLong("naming"), help: "Whether names must follow <SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>: convention or none.")
    var namingRule: Naming?

    @Option(help: "The lowest finding level that fails the run: error or warning.")
    var failOn: FindingLevel = .error

    @Option(help: "The report format: text, json, sarif, junit, github or html (a review page; give --output).")
    var format: CheckReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file (which must not exist) instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var account: AccountOption

    @Flag(help: "Do not link files to the generation history.")
    var noHistory = false

    @Option(help: "Refuse images whose header declares more pixels than this, before decoding anything.")
    var maxPixels = InspectOptions.defaultMaxPixels

    @Flag(help: "List passing files too (text report).")
    var verbose = false

    @Flag(help: "Print only errors (text report), and no summary on stderr.")
    var quiet = false

    @Option(help: ArgumentHelp("Write corrected copies of the files with fixable findings into this folder.", valueName: "folder"))
    var fix: String?

    @Flag(help: "With --fix: print the plan (file, fixes, copy's name) and write nothing.")
    var dryRun = false

    @OptionGroup var naming: FixNamingOptions

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
        try validateFix()
    }

    /// `--fix` and the options that go with it.
    private func validateFix() throws {
        guard let fix else {
            guard !dryRun, !naming.isGiven else { throw ValidationError("--dry-run, --sku, --date and --use go with --fix FOLDER.") }
            return
        }
        guard format == .text || format == .json else {
            throw ValidationError("--fix reports in text or json, not \(format.rawValue).")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: fix, isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("--fix \(fix): it is a file, not a folder.")
        }
    }

    func run() throws {
        var setup = CheckSetup(maxPixels: maxPixels, today: CalendarDay(try DatabaseOptions.clock().now()))
        setup.profileNames = profile
        setup.profileFiles = profileFile
        setup.configFile = config
        setup.slot = slot
        setup.namingConvention = namingRule.map { $0 == .convention }
        var options = try setup.options()
        options.forReview = format == .html
        if let fix { options.skippedFolders = [URL(fileURLWithPath: fix).standardizedFileURL.resolvingSymlinksInPath().path] }
        let history = try historyLink()
        let progress = InspectProgress()
        let display = ProgressLine(progress: progress, command: "check")
        display.start()
        var report = Checker(options: options, history: history).check(paths, progress: progress)
        display.stop()
        if let fix { return try runFix(report, options: options, history: history, folder: fix, today: setup.today) }
        if quiet && format == .text {
            for index in report.assets.indices { report.assets[index].findings.removeAll { $0.level != .error } }
        }
        let context = ReportContext(
            toolVersion: ProductStudio.configuration.version,
            verbose: verbose,
            currentFolder: FileManager.default.currentDirectoryPath,
            date: Self.describe(try DatabaseOptions.clock().now())
        )
        try emit(format.render(report, context: context), summary: report.summaryLine)
        if report.fails(at: failOn) { throw ExitCode(ExitStatus.failure) }
    }

    /// Plans the corrected copies of the files with findings, writes them (unless `--dry-run`) and reports.
    private func runFix(_ report: CheckReport, options: CheckOptions, history: HistoryLink?, folder: String, today: CalendarDay) throws {
        let planner = FixPlanner(profiles: options.profiles, naming: try naming.parts(today: today))
        let fixer = Fixer(options: options, history: history, folder: folder)
        let fixes = try fixer.run(planner.plans(for: report), checked: report.assets.count, dryRun: dryRun)
        let text = (format == .json ? FixReportFormat.json : .text).render(fixes)
        try emit(text, summary: text.split(separator: "\n").last { $0.contains(" with findings of ") }.map(String.init) ?? "")
        if fixes.fails(at: failOn) { throw ExitCode(ExitStatus.failure) }
    }

    /// Writes the report to `--output` (saying `summary` on stderr) or to stdout.
    private func emit(_ text: String, summary: String) throws {
        guard let output else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        try ReportFile.write(text, to: output)
        if !quiet { Console.error(summary + "; the report is in \(output)") }
    }

    /// `on 2026-11-30 at 12:00 UTC`: when the check ran, for the review page.
    private static func describe(_ now: Date) -> String {
        let time = ISOTime.string(from: now)
        return "on \(CalendarDay(now)) at " + time.dropFirst(11).prefix(5) + " UTC"
    }

    /// The history to link files to: the database when it exists (none is not an error), unless `--no-history`.
    private func historyLink() throws -> HistoryLink? {
        guard !noHistory, FileManager.default.fileExists(atPath: database.path) else { return nil }
        return HistoryLink(history: GenerationHistory(database: try database.open()), account: account.email)
    }
}

extension Slot: ExpressibleByArgument {}
extension FindingLevel: ExpressibleByArgument {}
extension CheckReportFormat: ExpressibleByArgument {}
