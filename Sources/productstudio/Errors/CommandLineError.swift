/// An error the command line shows as one line on stderr, `error: MESSAGE[; HINT]`, before exiting with its status.
///
/// The libraries' errors conform in the command line: a library words what went wrong, the command line adds
/// the exit status and a hint where one names a command or an option.
protocol CommandLineError: Error, CustomStringConvertible {
    /// The exit status: ``ExitStatus/failure`` unless a conformance says otherwise.
    var exitStatus: Int32 { get }
    /// What to do about it, naming commands or options; nil when there is nothing to add.
    var hint: String? { get }
}

extension CommandLineError {
    var exitStatus: Int32 { ExitStatus.failure }
    var hint: String? { nil }

    /// The line printed on stderr.
    var line: String { "error: " + description + (hint.map { "; " + $0 } ?? "") }
}

/// The process exit codes every subcommand shares.
enum ExitStatus {
    /// The command ran but found problems (content errors, refused operations, unreadable files).
    static let failure: Int32 = 1
    /// The command line itself was wrong.
    static let usage: Int32 = 2
}
