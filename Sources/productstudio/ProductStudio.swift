import ArgumentParser
import Foundation

/// The `productstudio` command: the help-site builder, the credit ledger and the asset checker.
@main
struct ProductStudio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "productstudio",
        abstract: "ProductStudio's toolkit: build the help site, keep credits and history, inspect and check assets.",
        discussion: """
            Exit codes: 0 success, 1 the work ran but found errors (each one is reported), 2 usage errors.
            """,
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, ServeCommand.self, InspectCommand.self, CheckCommand.self, ProfilesCommand.self, CreditsCommand.self, HistoryCommand.self,
            AccountCommand.self,
        ]
    )

    /// Runs the command line with our exit-code contract: usage errors exit 2, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The process exit codes every subcommand shares.
enum ExitStatus {
    /// The command ran but found problems (content errors, refused operations, unreadable files).
    static let failure: Int32 = 1
    /// The command line itself was wrong.
    static let usage: Int32 = 2
}
