public import ArgumentParser
import Foundation
import StudioAssets

/// `productstudio inspect`: the facts of every image and video under the paths given.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "List the facts of every image and video in files and folders.",
        discussion: """
            Folders are walked recursively in sorted order; hidden files and folders are skipped. \
            Only headers are read unless --pixels is given. Exit codes: 0 every file was read, \
            1 some could not be (each is listed with its error), 2 usage errors.
            """
    )

    @Argument(help: "Image or video files, or folders to walk.")
    var paths: [String]

    @Option(help: "Output format: text (an aligned table) or json (the contract other tools read).")
    var format: AssetReportFormat = .text

    @Flag(help: "Also decode a reduced copy of each image for border, transparency and product-box statistics.")
    var pixels = false

    @Option(help: "Refuse images whose header declares more pixels than this, before decoding anything.")
    var maxPixels = InspectOptions.defaultMaxPixels

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one file or folder to inspect.") }
        guard maxPixels > 0 else { throw ValidationError("--max-pixels must be a positive number of pixels.") }
    }

    func run() throws {
        let inspector = AssetInspector(options: InspectOptions(pixels: pixels, maxPixels: maxPixels))
        let progress = InspectProgress()
        let display = ProgressLine(progress: progress, command: "inspect")
        display.start()
        let assets = inspector.inspect(paths, progress: progress)
        display.stop()
        let report = format.render(assets)
        FileHandle.standardOutput.write(Data(report.utf8))
        if assets.contains(where: { $0.error != nil }) { throw ExitCode(ExitStatus.failure) }
    }
}

extension AssetReportFormat: ExpressibleByArgument {}
