import ArgumentParser
import Foundation
import StudioCore

/// `productstudio history complete TASK --output FILE...`: records a task's outputs.
struct HistoryCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Complete a running task and record each output's path, SHA-256 and size."
    )

    @Argument(help: "The task id.")
    var task: Int64

    @Option(parsing: .upToNextOption, help: "The files the task produced, in order.", completion: .file())
    var output: [String] = []

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption
    @OptionGroup var idempotency: IdempotencyOption

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("Give at least one --output FILE.") }
    }

    func run() throws {
        let completion = try GenerationHistory(database: try ledger.open()).complete(
            task,
            outputs: output.map { URL(fileURLWithPath: $0) },
            for: try account.email(),
            idempotencyKey: idempotency.idempotencyKey
        )
        switch format {
        case .json: try LedgerOutput.printJSON(completion)
        case .text:
            print("Task \(completion.task) completed with \(completion.outputs.count) outputs:")
            for output in completion.outputs {
                print("  \(output.position)  \(output.sha256)  \(output.bytes) bytes  \(output.path.visible)")
            }
        }
    }
}
