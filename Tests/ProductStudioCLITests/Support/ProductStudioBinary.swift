import Foundation
import StudioTestSupport

/// Finds and runs the built `productstudio` binary (and the executables built beside it) for end-to-end tests.
///
/// The binary is `$PRODUCTSTUDIO_BIN` when set (as `make test` does), else `<package root>/.build/debug/productstudio`.
enum ProductStudioBinary {
    /// The `productstudio` executable under test.
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // ProductStudioCLITests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/productstudio")
    }

    /// Another executable product built into the same folder, such as `ledger-bench`.
    static func sibling(_ name: String) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(name)
    }

    typealias Result = ChildProcess.Result

    /// Runs `executable` (the binary under test by default) to completion.
    ///
    /// - Parameters:
    ///   - arguments: the command line after the executable.
    ///   - executable: the program to run.
    ///   - environment: variables added to (or replacing) this process's environment.
    ///   - folder: the working folder, this process's when nil.
    /// - Returns: the exit status and everything printed.
    /// - Throws: when the process cannot be started.
    static func run(
        _ arguments: [String],
        executable: URL = url,
        environment: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> Result {
        try ChildProcess.run(executable, arguments, environment: environment, in: folder)
    }

    /// Starts `executable` (the binary under test by default) without waiting for it.
    static func start(
        _ arguments: [String],
        executable: URL = url,
        environment: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> ChildProcess {
        try ChildProcess(executable, arguments, environment: environment, in: folder)
    }
}
