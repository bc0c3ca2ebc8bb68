import Foundation

/// Writing to the terminal's error stream, shared by every subcommand.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
