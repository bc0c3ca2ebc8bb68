import ArgumentParser
import StudioCore

/// `productstudio history show TASK`: one task with its outputs.
struct HistoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one task and its outputs.")

    @Argument(help: "The task id.")
    var task: Int64

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func run() throws {
        let task = try GenerationHistory(database: try ledger.open()).task(task, of: try account.email())
        switch format {
        case .json: print(task.json.text)
        case .text:
            var lines = [
                "Task \(task.id): \(task.tool.rawValue), \(task.kind.summary)",
                "SKU: \(task.sku.visible)", "Use: \(task.useCase.visible)",
                "Status: \(task.status.rawValue)",
                "Started: \(LedgerOutput.text(task.started))",
            ]
            if let finished = task.finished { lines.append("Finished: \(LedgerOutput.text(finished))") }
            if let reason = task.failureReason {
                lines.append("Failure: \(reason.visible) (\(task.refundEligible ? "eligible for a refund" : "not eligible"))")
            }
            lines.append("Charged: \(task.charged) credits; refunded: \(task.refunded)")
            if let note = task.note { lines.append("Note: \(note.visible)") }
            lines.append("Outputs: \(task.outputs.count)")
            lines += task.outputs.map { "  \($0.position)  \($0.sha256)  \($0.bytes) bytes  \($0.path.visible)" }
            print(lines.joined(separator: "\n"))
        }
    }
}
