import ArgumentParser
import Foundation
import StudioCore

/// `productstudio history download TASK --to DIR`: copies outputs under SKU/date/use-case names.
struct HistoryDownloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download",
        abstract: "Copy a task's outputs into a folder as <SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>.",
        discussion: """
            All or nothing: every output is copied and checked against its recorded SHA-256 before any takes its \
            name, so a refused or interrupted download leaves no file under a real name. Never overwrites: a \
            name taken by other bytes gets the next free _n; a name already holding these bytes (an earlier \
            download) is kept. Prints each file's name.
            """
    )

    @Argument(help: "The task id.")
    var task: Int64

    @Option(help: "The folder to copy into (created when missing).", completion: .directory)
    var to: String

    @OptionGroup var target: AccountDatabase
    @OptionGroup var output: ResultOutput

    func validate() throws {
        if to.isEmpty { throw ValidationError("--to needs a folder name; it was empty.") }
    }

    func run() throws {
        let files = try target.history().download(task, of: target.email, to: URL(fileURLWithPath: to))
        let download = Download(
            task: task,
            folder: to,
            files: files.map(\.url.lastPathComponent),
            alreadyPresent: files.filter(\.wasPresent).map(\.url.lastPathComponent)
        )
        try output.print(download) { $0.files.map(\.visible).joined(separator: "\n") }
        if output.format == .text {
            for name in download.alreadyPresent { Console.error("\(name.visible) already held this output; left as it was") }
        }
    }

    /// The JSON shape: the task, the folder, every file in output order and those that were already there.
    private struct Download: Encodable {
        let task: Int64
        let folder: String
        let files: [String]
        let alreadyPresent: [String]
    }
}
