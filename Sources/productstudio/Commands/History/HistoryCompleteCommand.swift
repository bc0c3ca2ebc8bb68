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

    @Option(name: .customLong("output"), parsing: .upToNextOption, help: "The files the task produced, in order.", completion: .file())
    var outputs: [String] = []

    @OptionGroup var change: AccountChange

    func validate() throws {
        guard !outputs.isEmpty else { throw ValidationError("Give at least one --output FILE.") }
    }

    func run() throws {
        let completion = try change.target.history().complete(
            task,
            outputs: outputs.map { URL(fileURLWithPath: $0) },
            for: change.target.email,
            idempotencyKey: change.idempotency.key
        )
        try change.output.print(completion) { completion in
            (["Task \(completion.task) completed with \(completion.outputs.count) outputs:"]
                + completion.outputs.map(\.line))
                .joined(separator: "\n")
        }
    }
}
