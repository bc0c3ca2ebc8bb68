import Foundation
import StudioTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A small help site in a temporary folder (the repository's templates, the given pages) with
/// `productstudio serve` running on it, on a free port of 127.0.0.1.
final class ServeSandbox: @unchecked Sendable {
    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let process: ChildProcess
    /// The port the server printed it serves on.
    let port: Int

    /// The repository's `templates/`.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    /// Writes `pages` (path under `content/` → text) and starts the server with `arguments` added.
    init(pages: [String: String], links: [String: String] = [:], arguments: [String] = [], firstPort: Int? = nil) throws {
        temporary = try TemporaryFolder("serve")
        let folder = temporary.url
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.templates, to: folder.appendingPathComponent("templates"))
        for (path, text) in pages { try Self.write(text, to: folder.appendingPathComponent("content/" + path)) }
        for (path, target) in links {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("content/" + path).path, withDestinationPath: target)
        }
        let start = firstPort ?? Int.random(in: 20_000...40_000)
        process = try ProductStudioBinary.start(["serve", "--source", folder.path, "--port", String(start)] + arguments)
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil && Date() < deadline && process.process.isRunning {
            found = Self.port(in: process.outputSoFar)
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            process.process.terminate()
            throw Failure.didNotStart(process.errorsSoFar)
        }
        port = found
    }

    deinit {
        if process.process.isRunning {
            process.process.terminate()
            process.process.waitUntilExit()
        }
    }

    enum Failure: Error {
        case didNotStart(String)
        case noEvent
    }

    /// The port in `serving http://ADDRESS:PORT/`.
    static func port(in output: String) -> Int? {
        guard let range = output.range(of: "serving http://") else { return nil }
        let authority = output[range.upperBound...].prefix { $0 != "/" }
        return authority.lastIndex(of: ":").flatMap { Int(authority[authority.index(after: $0)...]) }
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes a file of the site in place, as most editors save.
    func edit(_ path: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A `GET` on a fresh connection.
    func get(_ target: String) throws -> RawHTTP.Response {
        try RawHTTP(port: port).request(target, keepAlive: false)
    }

    /// Stops the server with SIGINT, as Ctrl-C does, and returns its exit status and output.
    func interrupt() -> ProductStudioBinary.Result {
        kill(process.process.processIdentifier, SIGINT)
        process.process.waitUntilExit()
        return process.result()
    }
}

/// An open `/_productstudio/events` stream.
final class EventStream {
    private let connection: RawHTTP
    /// The generation of the last `site` event read.
    private(set) var generation = 0

    init(port: Int) throws {
        connection = try RawHTTP(port: port, timeout: 15)
        try connection.send("GET /_productstudio/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        _ = try connection.take(through: Data("\r\n\r\n".utf8))
        generation = try nextGeneration()
    }

    /// Waits for the next `site` event and returns its generation.
    @discardableResult
    func nextGeneration() throws -> Int {
        let event = try connection.take(through: Data("}}\n\n".utf8))
        guard let range = event.range(of: "\"generation\":") else { throw ServeSandbox.Failure.noEvent }
        generation = Int(event[range.upperBound...].prefix { $0.isNumber })!
        return generation
    }
}
