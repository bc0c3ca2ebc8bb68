import ArgumentParser

/// `productstudio history`: the dashboard's image and video history, and the task lifecycle that charges credits.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Start, complete and fail generation tasks; list, show and download them.",
        discussion: """
            A task is charged the price schedule's price when it starts, all or nothing. An eligible failure \
            returns exactly that charge, once. Exit codes: 0 success, 1 a refused operation (a one-line message \
            says why; nothing was changed), 2 usage errors.
            """,
        subcommands: [
            HistoryStartCommand.self, HistoryCompleteCommand.self, HistoryFailCommand.self, HistoryListCommand.self,
            HistoryShowCommand.self, HistoryDownloadCommand.self,
        ]
    )
}
