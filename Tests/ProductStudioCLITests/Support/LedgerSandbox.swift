import Foundation
import StudioTestSupport
import Testing

/// A temporary folder with its own ledger database, an account name and a pinned clock, for running
/// `productstudio credits|history|profile` end to end.
final class LedgerSandbox {
    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let email = "ana@example.com"
    var database: URL { folder.appendingPathComponent("studio.sqlite") }

    /// The environment every command runs with: the sandbox's database and account, and a fixed "now".
    var environment: [String: String] {
        ["PRODUCTSTUDIO_DB": database.path, "PRODUCTSTUDIO_ACCOUNT": email, "PRODUCTSTUDIO_NOW": "2026-03-14T09:26:53Z"]
    }

    init() throws {
        temporary = try TemporaryFolder("ledger-cli")
    }

    /// Runs `productstudio` with `arguments` in the sandbox.
    @discardableResult
    func run(_ arguments: String...) throws -> ProductStudioBinary.Result {
        try run(arguments)
    }

    /// Runs `productstudio` with `arguments` in the sandbox.
    @discardableResult
    func run(_ arguments: [String]) throws -> ProductStudioBinary.Result {
        try ProductStudioBinary.run(arguments, environment: environment, in: folder)
    }

    /// Runs a command that must succeed with `--format json`, and decodes what it printed as `type`.
    func decode<Value: Decodable>(
        _ type: Value.Type,
        _ arguments: String...,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Value {
        let result = try ProductStudioBinary.run(arguments + ["--format", "json"], environment: environment, in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return try result.decoded(type)
    }

    /// The account's balance, read through `credits balance --format json`.
    func balance(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        try decode(LedgerJSON.Balance.self, "credits", "balance", sourceLocation: sourceLocation).balance
    }

    /// Writes a file into the sandbox and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
