import ArgumentParser
import CProcess
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
            BuildCommand.self, ServeCommand.self, InspectCommand.self, CheckCommand.self, ProfilesCommand.self, CreditsCommand.self,
            HistoryCommand.self,
            AccountCommand.self,
        ]
    )

    /// Runs the command line with our exit-code contract (0 success, 1 failure, 2 usage) and one way of showing an
    /// error: a line on stderr starting `error: `.
    static func main() async {
        keepFreedMemory()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as CommandLineError {
            Console.error(error.line)
            Foundation.exit(error.exitStatus)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                Console.error(message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message)
                Foundation.exit(ExitStatus.usage)
            }
            guard error is ExitCode || code == .success else {
                Console.error("error: \(error)")
                Foundation.exit(ExitStatus.failure)
            }
            exit(withError: error)
        }
    }

    /// Tells glibc's allocator to keep freed blocks of up to 32 MB, and up to 64 MB of free heap, for reuse.
    ///
    /// libjpeg and libvips allocate and free buffers of megabytes for every image `inspect` and `check` read; by
    /// default glibc hands them back to the kernel, and the next image pays a page fault per 4 KB page to get them
    /// back (see `mallopt(3)`: `M_MMAP_THRESHOLD`, `M_TRIM_THRESHOLD`). A choice for this process, so it is made
    /// here rather than in a library.
    private static func keepFreedMemory() {
        cprocess_keep_freed_memory(32 << 20, 64 << 20)
    }
}
