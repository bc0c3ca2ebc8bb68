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

    func validate() throws {
        if to.isEmpty { throw ValidationError("--to needs a folder name; it was empty.") }
    }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption

    @Option(help: "Output format: text (one name a line) or json.")
    var format: LedgerFormat = .text

    func run() throws {
        let files = try GenerationHistory(database: try ledger.open())
            .download(task, of: try account.email(), to: URL(fileURLWithPath: to))
        let names = files.map(\.url.lastPathComponent)
        let kept = files.filter(\.wasPresent).map(\.url.lastPathComponent)
        switch format {
        case .json: try LedgerOutput.printJSON(Download(task: task, folder: to, files: names, alreadyPresent: kept))
        case .text:
            for name in names { print(name.visible) }
            for name in kept { Console.error("\(name.visible) already held this output; left as it was") }
        }
    }

    private struct Download: Encodable {
        let task: Int64
        let folder: String
        /// Every file, in output order.
        let files: [String]
        /// The files that were already there with the same bytes.
        let alreadyPresent: [String]
    }
}
