import Foundation
import GRDB
import Testing

/// Times that do not exist are refused before anything is written, and a stored date that cannot be read is an
/// error naming its row, never a crash.
@Suite struct ClockAndDatesTests {
    @Test(arguments: [
        "10000-01-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-04-31T12:00:00Z", "2026-03-14T24:00:00Z", "0000-01-01T00:00:00Z",
        "1500-01-01T00:00:00Z",
    ])
    func anImpossibleNowIsRefusedBeforeAnythingIsWritten(now: String) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let before = try Data(contentsOf: sandbox.database)
        let result = try ProductStudioBinary.run(
            ["history", "start", "--tool", "image", "--quality", "hd", "--sku", "MUG", "--use", "ad"],
            environment: sandbox.environment.merging(["PRODUCTSTUDIO_NOW": now]) { $1 },
            in: sandbox.folder
        )
        #expect(result.status == 2)
        #expect(result.stderr.contains("PRODUCTSTUDIO_NOW must be a real ISO 8601 time"))
        #expect(try Data(contentsOf: sandbox.database) == before)
        #expect(try sandbox.balance() == 50)
    }

    @Test(arguments: ["2026-02-29", "2026-02-30T00:00:00Z", "26-01-01", "2026-1-1"])
    func anImpossibleDateInAFilterIsAUsageError(date: String) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        for command in [["history", "list"], ["credits", "transactions"]] {
            let result = try sandbox.run(command + ["--since", date])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("is not a date"))
        }
    }

    @Test func aDateThatCannotBeReadIsAnErrorNamingTheRow() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("history", "start", "--tool", "image", "--quality", "hd", "--sku", "MUG", "--use", "ad")
        let queue = try DatabaseQueue(path: sandbox.database.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE generation_task SET created_at = '10000-01-01 00:00:00.000'")
            try db.execute(sql: "UPDATE credit_transaction SET created_at = 'soon' WHERE kind = 'charge'")
        }
        try queue.close()

        for (command, row) in [
            (["history", "list"], #"generation_task row 1 holds created_at = "10000-01-01 00:00:00.000", which cannot be read"#),
            (["history", "show", "1"], "generation_task row 1 holds created_at"),
            (["credits", "transactions"], #"credit_transaction row 2 holds created_at = "soon""#),
        ] {
            let result = try sandbox.run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.hasPrefix("error: \(row)"), "\(command): \(result.stderr)")
        }
        #expect(try sandbox.balance() == 30)
    }
}
