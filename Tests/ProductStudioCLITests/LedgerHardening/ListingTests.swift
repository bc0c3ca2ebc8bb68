import Foundation
import Testing

/// Listings are safe to print and to open in a spreadsheet, can be paged, and keep their JSON shape.
@Suite struct ListingTests {
    private func sandboxWithTasks(_ skus: [String], note: String? = nil) throws -> LedgerSandbox {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "adjust", "--amount", "10000", "--reason", "tests")
        for sku in skus {
            var arguments = ["history", "start", "--tool", "image", "--quality", "standard", "--sku=\(sku)", "--use", "ad"]
            if let note { arguments += ["--note", note] }
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
        }
        return sandbox
    }

    @Test func textListingsShowTerminalControlsEscaped() throws {
        let sandbox = try sandboxWithTasks(["MUG"], note: "\u{1B}]0;owned\u{07}\u{1B}[2J")
        try sandbox.run("credits", "adjust", "--amount", "1", "--reason", "fix \u{1B}[31mred\u{202E}")
        let show = try sandbox.run("history", "show", "1")
        let transactions = try sandbox.run("credits", "transactions")
        for output in [show.stdout, transactions.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!output.contains("\u{202E}"))
        }
        #expect(show.stdout.contains("Note: \\u{1B}]0;owned\\u{7}\\u{1B}[2J"))
        #expect(transactions.stdout.contains("fix \\u{1B}[31mred\\u{202E}"))
    }

    @Test func csvCellsThatASpreadsheetWouldRunAreMadeText() throws {
        let sandbox = try sandboxWithTasks(["=HYPERLINK(1)", "+SUM", "-X", "@cmd", "MUG"])
        let csv = try sandbox.run("history", "list", "--format", "csv")
        let skus = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[6] }
        #expect(skus == ["MUG", "'@cmd", "'-X", "'+SUM", "'=HYPERLINK(1)"])
        let transactions = try sandbox.run("credits", "transactions", "--kind", "charge", "--format", "csv")
        #expect(transactions.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.split(separator: ",")[3] == "-15" })
    }

    @Test func limitAndDatesPageThroughTheListings() throws {
        let sandbox = try sandboxWithTasks(["A", "B", "C", "D"])
        let newest = try sandbox.decode([LedgerJSON.Task].self, "history", "list", "--limit", "2")
        #expect(newest.map(\.sku) == ["D", "C"])
        let oldest = try sandbox.decode([LedgerJSON.Transaction].self, "credits", "transactions", "--limit", "3")
        #expect(oldest.map(\.kind) == ["grant", "adjustment", "charge"])
        let none = try sandbox.decode([LedgerJSON.Task].self, "history", "list", "--until", "2026-03-13")
        #expect(none.isEmpty)
        #expect(try sandbox.run("history", "list", "--format", "json", "--until", "2026-03-13").stdout == "[]\n")
        let zero = try sandbox.run("history", "list", "--limit", "0")
        #expect(zero.status == 2)
    }

    @Test func listingsKeepTheirShapeAndEachTaskItsOutputs() throws {
        let sandbox = try sandboxWithTasks(["A", "B", "C"])
        for (task, count) in [(1, 2), (3, 1)] {
            let files = try (1...count).map { try sandbox.write("out-\(task)-\($0).png", "\(task)-\($0)") }
            let complete = try sandbox.run(["history", "complete", "\(task)"] + files.flatMap { ["--output", $0] })
            #expect(complete.status == 0, "\(complete.stderr)")
        }
        let tasks = try sandbox.decode([LedgerJSON.Task].self, "history", "list")
        #expect(tasks.map(\.task) == [3, 2, 1])
        #expect(tasks.map { $0.outputs.map(\.position) } == [[1], [], [1, 2]])
        #expect(tasks.map(\.status) == ["completed", "running", "completed"])
        let text = try sandbox.run("history", "list")
        #expect(text.stdout.split(separator: "\n").count == 4)
        #expect(text.stdout.hasPrefix("TASK  STARTED              TOOL   WHAT          SKU  USE  STATUS     CHARGED  REFUNDED  OUTPUTS\n"))
    }
}
