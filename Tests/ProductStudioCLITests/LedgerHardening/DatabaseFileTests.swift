import Foundation
import GRDB
import Testing

/// `--db` names a ProductStudio database or a new file: anything else is refused untouched, and a database
/// read by a user who cannot write it is left as its owner needs it.
@Suite struct DatabaseFileTests {
    @Test func anEmptyDatabasePathIsAUsageError() throws {
        let sandbox = try LedgerSandbox()
        let result = try sandbox.run("credits", "open", sandbox.email, "--db", "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--db needs a file name"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path).isEmpty)
    }

    @Test func aFIFOAsTheDatabaseIsRefusedAtOnce() throws {
        let sandbox = try LedgerSandbox()
        let fifo = sandbox.folder.appendingPathComponent("studio.fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let result = try sandbox.run("credits", "balance", "--db", fifo.path)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(fifo.path) is a FIFO, not a database file; it was left unchanged\n")
    }

    @Test func anotherProgramsDatabaseIsNotTakenOver() throws {
        let sandbox = try LedgerSandbox()
        let path = sandbox.folder.appendingPathComponent("photos.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let result = try sandbox.run("credits", "open", sandbox.email, "--db", path)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(path) is another program's SQLite database, not a ProductStudio one; it was left unchanged\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path) == ["photos.sqlite"])
    }

    @Test func eightProcessesOpeningANewDatabaseAtOnceAllSucceed() throws {
        for round in 0..<12 {
            let sandbox = try LedgerSandbox()
            let processes = try (0..<8).map { index in
                try ProductStudioBinary.start(["credits", "open", "user\(index)@example.com"], environment: sandbox.environment)
            }
            for process in processes {
                process.process.waitUntilExit()
                let result = process.result()
                #expect(result.status == 0, "round \(round): \(result.stderr)")
            }
            let verify = try sandbox.run("credits", "verify", "--format", "json")
            let report = try verify.decoded(LedgerJSON.Verification.self)
            #expect(report.sound, "round \(round)")
            #expect(report.accounts == 8, "round \(round)")
            #expect(report.transactions == 8, "round \(round): one welcome grant each")
        }
    }

    /// Run as root: one user owns the database, another reads it; the owner can still write afterwards.
    @Test(.enabled(if: getuid() == 0, "needs root to act as two other users"))
    func anotherUsersReadLeavesNothingThatBlocksTheOwner() throws {
        let sandbox = try LedgerSandbox()
        chmod(sandbox.folder.path, 0o1777)
        let owner = ["/usr/bin/setpriv", "--reuid=40001", "--regid=40001", "--clear-groups", ProductStudioBinary.url.path]
        let reader = ["/usr/bin/setpriv", "--reuid=40002", "--regid=40002", "--clear-groups", ProductStudioBinary.url.path]
        func run(_ user: [String], _ arguments: String...) throws -> ProductStudioBinary.Result {
            try ProductStudioBinary.run(
                Array(user.dropFirst()) + arguments,
                executable: URL(fileURLWithPath: user[0]),
                environment: sandbox.environment,
                in: sandbox.folder
            )
        }
        #expect(try run(owner, "credits", "open", sandbox.email).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path)

        let read = try run(reader, "credits", "balance")
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == "ana@example.com: 50 credits\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path) == files)
        let write = try run(reader, "credits", "adjust", "--amount", "5", "--reason", "not mine")
        #expect(write.status == 1)
        #expect(write.stderr.contains("is read-only for this user"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path) == files)

        let ownerWrite = try run(owner, "credits", "adjust", "--amount", "5", "--reason", "still mine")
        #expect(ownerWrite.status == 0, "\(ownerWrite.stderr)")
        #expect(try sandbox.balance() == 55)
    }
}
