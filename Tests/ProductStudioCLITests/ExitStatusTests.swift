import Foundation
import StudioTestSupport
import Testing

/// The exit-status contract of every subcommand: 0 success, 1 the work ran and failed, 2 usage errors, and a usage
/// error leaves nothing behind (no database, no folder, no report).
///
/// Arguments are written as one string; `DB` stands for `--db <sandbox database>` (a fresh path for usage errors),
/// `ANA` for `--account` of the sandbox's account, `ZOE` for an account that does not exist, and `DIR` for the
/// sandbox folder. The sandbox has an account with task 1 completed (output `DIR/out.png`) and task 2 running.
@Suite struct ExitStatusTests {
    /// A subcommand's case.
    ///
    /// `profiles` cannot fail with 1 short of a broken installation, and `serve` does not exit 0 on its own (its
    /// `--help` stands in).
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: String
        let status: Int32
        var testDescription: String { "\(status): productstudio \(arguments)" }
        init(_ arguments: String, _ status: Int32) {
            self.arguments = arguments
            self.status = status
        }
    }

    static let cases: [Case] = [
        Case("build --source \(repository) --output DIR/site", 0),
        Case("build --source DIR/no-site --output DIR/site", 1),
        Case("build --base-url ftp://example.com --output DIR/site", 2),
        Case("serve --help", 0),
        Case("serve --source DIR/no-site", 1),
        Case("serve --port 0", 2),
        Case("inspect DIR/out.png", 0),
        Case("inspect DIR/broken.png", 1),
        Case("inspect --max-pixels 0 DIR/out.png", 2),
        Case("check DIR/out.png --naming none --no-history", 0),
        Case("check DIR/broken.png --no-history", 1),
        Case("check DIR/out.png --profile nowhere --output DIR/report.txt", 2),
        Case("profiles list", 0),
        Case("profiles list --format xml", 2),
        Case("profiles show amazon", 0),
        Case("profiles show nowhere", 2),
        Case("credits open zoe@example.com DB", 0),
        Case("credits open ana@example.com DB", 1),
        Case("credits open not-an-address DB", 2),
        Case("credits balance DB ANA", 0),
        Case("credits balance DB ZOE", 1),
        Case("credits balance DB", 2),
        Case("credits balance DB --account not-an-address", 2),
        Case("credits transactions DB ANA", 0),
        Case("credits transactions DB ZOE", 1),
        Case("credits transactions DB ANA --since yesterday", 2),
        Case("credits packs", 0),
        Case("credits packs --format xml", 2),
        Case("credits buy pack-300 --reference PAY-1 DB ANA", 0),
        Case("credits buy pack-9 --reference PAY-1 DB ANA", 1),
        Case("credits buy pack-300 DB ANA", 2),
        Case("credits adjust --amount 5 --reason goodwill DB ANA", 0),
        Case("credits adjust --amount=-1000 --reason goodwill DB ANA", 1),
        Case("credits adjust --amount 5 --reason goodwill DB", 2),
        Case("credits verify DB", 0),
        Case("credits verify --db DIR/broken.png", 1),
        Case("credits verify DB --bogus", 2),
        Case("history start --tool image --quality standard --sku MUG-01 --use main-image DB ANA", 0),
        Case("history start --tool image --quality standard --sku MUG-01 --use main-image DB ZOE", 1),
        Case("history start --tool image --quality standard --use main-image DB ANA", 2),
        Case("history complete 2 --output DIR/out.png DB ANA", 0),
        Case("history complete 1 --output DIR/out.png DB ANA", 1),
        Case("history complete two --output DIR/out.png DB ANA", 2),
        Case("history fail 2 --reason timeout DB ANA", 0),
        Case("history fail 1 --reason timeout DB ANA", 1),
        Case("history fail 2 DB ANA", 2),
        Case("history list DB ANA", 0),
        Case("history list DB ZOE", 1),
        Case("history list DB", 2),
        Case("history show 1 DB ANA", 0),
        Case("history show 99 DB ANA", 1),
        Case("history show DB ANA", 2),
        Case("history download 1 --to DIR/downloads DB ANA", 0),
        Case("history download 2 --to DIR/downloads DB ANA", 1),
        Case("history download 1 DB ANA", 2),
        Case("account show DB ANA", 0),
        Case("account show DB ZOE", 1),
        Case("account show DB", 2),
        Case("account set --name Ana DB ANA", 0),
        Case("account set --name Ana DB ZOE", 1),
        Case("account set DB ANA", 2),
    ]

    @Test(arguments: cases)
    func everySubcommandKeepsTheContract(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        let fresh = sandbox.folder.appendingPathComponent("fresh/studio.sqlite").path
        let database = testCase.status == ExitCode.usage ? fresh : sandbox.database
        let before = try sandbox.entries()
        let result = try ProductStudioBinary.run(sandbox.expand(testCase.arguments, database: database), in: sandbox.folder)
        #expect(result.status == testCase.status, "\(result.stderr)")
        if testCase.status != 0 && !result.stderr.isEmpty {
            #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        }
        if testCase.status == ExitCode.usage {
            #expect(try sandbox.entries() == before, "a usage error changed the sandbox")
        }
    }

    /// Which exit status means a usage error.
    private enum ExitCode { static let usage: Int32 = 2 }

    private static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// A folder with a database holding one account, a completed task and a running one.
    private final class Sandbox {
        private let temporary: TemporaryFolder
        var folder: URL { temporary.url }
        var database: String { folder.appendingPathComponent("studio.sqlite").path }
        private static let now = ["PRODUCTSTUDIO_NOW": "2026-03-14T09:26:53Z", "PRODUCTSTUDIO_ACCOUNT": ""]
        /// A 1x1 PNG.
        private static let png = Data(
            base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
        )!

        init() throws {
            temporary = try TemporaryFolder("exit-status")
            try Self.png.write(to: folder.appendingPathComponent("out.png"))
            try Data("not an image".utf8).write(to: folder.appendingPathComponent("broken.png"))
            for setup in [
                "credits open ana@example.com DB",
                "history start --tool image --quality standard --sku MUG-01 --use main-image DB ANA",
                "history complete 1 --output DIR/out.png DB ANA",
                "history start --tool image --quality standard --sku MUG-01 --use main-image DB ANA",
            ] {
                let result = try ProductStudioBinary.run(expand(setup, database: database), in: folder)
                guard result.status == 0 else { throw SetupFailure(arguments: setup, stderr: result.stderr) }
            }
        }

        struct SetupFailure: Error {
            let arguments: String
            let stderr: String
        }

        func expand(_ arguments: String, database: String) -> [String] {
            arguments.split(separator: " ").flatMap { word -> [String] in
                switch word {
                case "DB": ["--db", database]
                case "ANA": ["--account", "ana@example.com"]
                case "ZOE": ["--account", "zoe@example.com"]
                default: [word.replacingOccurrences(of: "DIR", with: folder.path)]
                }
            }
        }

        /// Every path under the folder with its size, to see that nothing was written.
        func entries() throws -> [String: Int] {
            var entries: [String: Int] = [:]
            let walker = FileManager.default.enumerator(atPath: folder.path)
            while let path = walker?.nextObject() as? String {
                let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
                entries[path] = (attributes[.size] as? Int) ?? 0
            }
            return entries
        }
    }
}
