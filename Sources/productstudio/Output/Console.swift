import Foundation

/// Writing to the terminal, shared by every subcommand.
enum Console {
    /// Writes a line to standard output at once, unbuffered, for commands that run until stopped.
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
