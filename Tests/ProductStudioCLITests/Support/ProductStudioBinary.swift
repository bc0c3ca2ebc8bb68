import Foundation

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

    /// What a finished process left: its exit status and everything it printed.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `executable` (the binary under test by default) to completion.
    ///
    /// - Parameter environment: Variables added to (or replacing) this process's environment.
    static func run(
        _ arguments: [String],
        executable: URL = url,
        environment: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> Result {
        let process = try start(arguments, executable: executable, environment: environment, in: folder)
        process.process.waitUntilExit()
        return process.result()
    }

    /// A started process whose output goes to temporary files, so no pipe can fill up and block it.
    final class Running {
        let process = Process()
        private let stdout: URL
        private let stderr: URL

        fileprivate init() throws {
            let stem = FileManager.default.temporaryDirectory.appendingPathComponent("productstudio-\(UUID().uuidString)")
            stdout = stem.appendingPathExtension("out")
            stderr = stem.appendingPathExtension("err")
            for file in [stdout, stderr] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
            process.standardOutput = try FileHandle(forWritingTo: stdout)
            process.standardError = try FileHandle(forWritingTo: stderr)
        }

        /// What the process has written to standard output so far.
        var outputSoFar: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }

        /// What the process has written to standard error so far.
        var errorsSoFar: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

        /// The exit status and output; call after the process has exited.
        func result() -> Result {
            defer { for file in [stdout, stderr] { try? FileManager.default.removeItem(at: file) } }
            return Result(
                status: process.terminationStatus,
                stdout: (try? String(contentsOf: stdout, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: stderr, encoding: .utf8)) ?? ""
            )
        }
    }

    /// Starts `executable` without waiting for it.
    static func start(
        _ arguments: [String],
        executable: URL = url,
        environment: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> Running {
        let running = try Running()
        running.process.executableURL = executable
        running.process.arguments = arguments
        running.process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let folder { running.process.currentDirectoryURL = folder }
        try running.process.run()
        return running
    }
}
