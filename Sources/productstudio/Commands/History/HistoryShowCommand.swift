import ArgumentParser
import StudioCore

/// `productstudio history show TASK`: one task with its outputs.
struct HistoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one task and its outputs.")

    @Argument(help: "The task id.")
    var task: Int64

    @OptionGroup var target: AccountDatabase
    @OptionGroup var output: ResultOutput

    func run() throws {
        output.print(try target.history().task(task, of: target.email), text: Self.lines)
    }

    private static func lines(_ task: GenerationTask) -> String {
        var lines = [
            "Task \(task.id): \(task.tool.rawValue), \(task.kind.summary)",
            "SKU: \(task.sku.visible)", "Use: \(task.useCase.visible)",
            "Status: \(task.status.rawValue)",
            "Started: \(DisplayDate.text(task.started))",
        ]
        if let finished = task.finished { lines.append("Finished: \(DisplayDate.text(finished))") }
        if let reason = task.failureReason {
            lines.append("Failure: \(reason.visible) (\(task.refundEligible ? "eligible for a refund" : "not eligible"))")
        }
        lines.append("Charged: \(task.charged) credits; refunded: \(task.refunded)")
        if let note = task.note { lines.append("Note: \(note.visible)") }
        lines.append("Outputs: \(task.outputs.count)")
        return (lines + task.outputs.map(\.line)).joined(separator: "\n")
    }
}
