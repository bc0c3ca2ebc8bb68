import ArgumentParser
import StudioCore

/// `productstudio history list`: the dashboard's image history and video history.
struct HistoryListCommand: AccountListingCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's generation tasks, newest first.",
        discussion: """
            Tasks are printed as they are read, so long histories start at once; --limit keeps the newest, \
            and --until pages back from there.
            """
    )

    @Option(help: "Only this tool's history.")
    var kind: GenerationTool?

    @Option(help: "Only tasks in this state.")
    var status: TaskStatus?

    @Option(help: "Only tasks for this SKU.")
    var sku: String?

    @OptionGroup var listing: ListingOptions
    @OptionGroup var target: AccountDatabase

    func forEachRecord(_ body: (GenerationTask) throws -> Void) throws {
        let filter = TaskFilter(
            tool: kind,
            status: status,
            sku: sku.map(NamePart.normalized),
            dates: try listing.dates(),
            limit: listing.limit
        )
        try target.history().forEachTask(of: target.email, matching: filter, body)
    }

    static var textColumns: [ListingWriter<GenerationTask>.Column] {
        typealias Column = ListingWriter<GenerationTask>.Column
        return [
            Column(header: "TASK", rightAligned: true) { "\($0.id)" },
            Column(header: "STARTED") { DisplayDate.text($0.started) },
            Column(header: "TOOL") { $0.tool.rawValue },
            Column(header: "WHAT") { $0.kind.summary },
            Column(header: "SKU") { $0.sku },
            Column(header: "USE") { $0.useCase },
            Column(header: "STATUS") { $0.status.rawValue },
            Column(header: "CHARGED", rightAligned: true) { "\($0.charged)" },
            Column(header: "REFUNDED", rightAligned: true) { "\($0.refunded)" },
            Column(header: "OUTPUTS", rightAligned: true) { "\($0.outputs.count)" },
        ]
    }

    static var csvColumns: [ListingWriter<GenerationTask>.Column] {
        typealias Column = ListingWriter<GenerationTask>.Column
        return [
            Column(header: "task") { "\($0.id)" },
            Column(header: "started") { ISOTime.string(from: $0.started) },
            Column(header: "tool") { $0.tool.rawValue },
            Column(header: "quality") { $0.kind.columns.quality },
            Column(header: "count") { $0.kind.columns.count },
            Column(header: "duration") { $0.kind.columns.duration },
            Column(header: "sku") { $0.sku },
            Column(header: "use") { $0.useCase },
            Column(header: "status") { $0.status.rawValue },
            Column(header: "charged") { "\($0.charged)" },
            Column(header: "refunded") { "\($0.refunded)" },
            Column(header: "outputs") { "\($0.outputs.count)" },
        ]
    }
}
