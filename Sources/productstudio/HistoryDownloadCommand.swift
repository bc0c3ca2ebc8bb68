import ArgumentParser
import Foundation
import StudioCore

/// `productstudio history download TASK --to DIR`: copies outputs under SKU/date/use-case names.
struct HistoryDownloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download",
        abstract: "Copy a task's outputs into a folder as <SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>.",
        discussion: "Never overwrites: a taken name gets the next free _n. Prints each file name written."
    )

    @Argument(help: "The task id.")
    var task: Int64

    @Option(help: "The folder to copy into (created when missing).", completion: .directory)
    var to: String

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption

    @Option(help: "Output format: text (one name a line) or json.")
    var format: LedgerFormat = .text

    func run() throws {
        let files = try GenerationHistory(database: try ledger.open())
            .download(task, of: try account.email(), to: URL(fileURLWithPath: to))
        let names = files.map(\.lastPathComponent)
        switch format {
        case .json: try LedgerOutput.printJSON(Download(task: task, folder: to, files: names))
        case .text:
            for name in names { print(name) }
        }
    }

    private struct Download: Encodable {
        let task: Int64
        let folder: String
        let files: [String]
    }
}
