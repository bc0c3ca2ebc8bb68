import ArgumentParser
import StudioCore

/// `productstudio history list`: the dashboard's image history and video history.
struct HistoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's generation tasks, newest first."
    )

    @Option(help: "Only this tool's history.")
    var kind: GenerationTool?

    @Option(help: "Only tasks in this state.")
    var status: TaskStatus?

    @Option(help: "Only tasks for this SKU.")
    var sku: String?

    @Option(help: "Only tasks started on or after this day (YYYY-MM-DD) or time (ISO 8601).")
    var since: String?

    @Option(help: "Only tasks started up to this day (included) or before this time.")
    var until: String?

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let dates: DateRange
        do { dates = try DateRange(since: since, until: until) } catch { throw ValidationError(error.description) }
        let filter = TaskFilter(tool: kind, status: status, sku: sku, dates: dates)
        let tasks = try GenerationHistory(database: try ledger.open()).tasks(of: try account.email(), matching: filter)
        switch format {
        case .json: try LedgerOutput.printJSON(tasks)
        case .csv:
            LedgerOutput.printCSV(
                header: [
                    "task", "started", "tool", "quality", "count", "duration", "sku", "use", "status", "charged",
                    "refunded", "outputs",
                ],
                rows: tasks.map { task in
                    let (quality, count, duration) = task.kind.columns
                    return [
                        "\(task.id)", LedgerOutput.iso(task.started), task.tool.rawValue, quality, count, duration, task.sku,
                        task.useCase, task.status.rawValue, "\(task.charged)", "\(task.refunded)", "\(task.outputs.count)",
                    ]
                }
            )
        case .text:
            LedgerOutput.printTable(
                header: ["TASK", "STARTED", "TOOL", "WHAT", "SKU", "USE", "STATUS", "CHARGED", "REFUNDED", "OUTPUTS"],
                rows: tasks.map { task in
                    [
                        "\(task.id)", LedgerOutput.text(task.started), task.tool.rawValue, task.kind.summary, task.sku,
                        task.useCase, task.status.rawValue, "\(task.charged)", "\(task.refunded)", "\(task.outputs.count)",
                    ]
                },
                rightAligned: [0, 7, 8, 9]
            )
        }
    }
}

extension GenerationKind {
    /// `3 × hd` or `5s`, as listings show it.
    var summary: String {
        switch self {
        case .images(let quality, let count): "\(count) × \(quality.rawValue)"
        case .video(let duration): "\(duration.rawValue)s"
        }
    }

    /// The quality, count and duration cells of a CSV row, empty where they do not apply.
    var columns: (quality: String, count: String, duration: String) {
        switch self {
        case .images(let quality, let count): (quality.rawValue, "\(count)", "")
        case .video(let duration): ("", "", "\(duration.rawValue)")
        }
    }
}
