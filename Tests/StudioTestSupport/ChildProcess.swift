public import Foundation

/// A process the tests start: the binary under test, or a Debian tool used to make fixtures or as an oracle.
///
/// Its output goes to temporary files, so no pipe can fill up and block it.
public final class ChildProcess: @unchecked Sendable {
    /// What a finished process left: its exit status and everything it printed.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// Standard output as bytes, for tools that print binary data.
        public let output: Data
    }

    /// A process that exited with a status other than 0 when it had to succeed.
    public struct Failure: Error, CustomStringConvertible {
        public let command: [String]
        public let status: Int32
        public let stderr: String
        public var description: String { "\(command.joined(separator: " ")) exited with \(status): \(stderr)" }
    }

    /// The running process.
    public let process = Process()
    private let output: TemporaryFolder

    /// Starts `executable` with `arguments`; `environment` is added to this process's own.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws {
        output = try TemporaryFolder("process-output")
        for name in ["out", "err"] { _ = FileManager.default.createFile(atPath: output.path(name), contents: nil) }
        process.standardOutput = try FileHandle(forWritingTo: output.url.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: output.url.appendingPathComponent("err"))
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let folder { process.currentDirectoryURL = folder }
        try process.run()
    }

    /// What the process has written to standard output so far.
    public var outputSoFar: String { (try? String(contentsOfFile: output.path("out"), encoding: .utf8)) ?? "" }

    /// What the process has written to standard error so far.
    public var errorsSoFar: String { (try? String(contentsOfFile: output.path("err"), encoding: .utf8)) ?? "" }

    /// Waits for the process to exit and returns its status and output.
    public func result() -> Result {
        process.waitUntilExit()
        let data = (try? Data(contentsOf: output.url.appendingPathComponent("out"))) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: errorsSoFar, output: data)
    }

    /// Runs `executable` to completion.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Result {
        try ChildProcess(executable, arguments, environment: environment, in: folder).result()
    }

    /// Runs `command` (its first word looked up in PATH) to completion and returns its standard output.
    /// - Throws: ``Failure`` when it exits with a status other than 0.
    @discardableResult
    public static func check(_ command: [String], in folder: URL? = nil) throws -> Data {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), command, in: folder)
        guard result.status == 0 else { throw Failure(command: command, status: result.status, stderr: result.stderr) }
        return result.output
    }

    /// Runs `script` with `sh -c` in `folder`.
    /// - Throws: ``Failure`` when it exits with a status other than 0.
    @discardableResult
    public static func shell(_ script: String, in folder: URL? = nil) throws -> Data {
        try check(["sh", "-c", script], in: folder)
    }
}
