import Foundation
import StudioCore
import Testing

/// `check` linked to the generation history: files downloaded with `history download` are found by their
/// bytes, an edited one is not, a renamed one is flagged, and the failures are priced against the balance.
@Suite struct CheckHistoryTests {
    @Test func findsEachFilesTaskAndPricesTheFailuresAgainstTheBalance() throws {
        let sandbox = try CheckSandbox()
        let database = sandbox.folder.appendingPathComponent("studio.sqlite").path
        sandbox.environment = [
            "PRODUCTSTUDIO_DB": database, "PRODUCTSTUDIO_ACCOUNT": "ana@example.com", "PRODUCTSTUDIO_NOW": "2026-11-20T10:00:00Z",
        ]
        try sandbox.image("render/1.png", 400, 400)
        try sandbox.image("render/2.png", 1000, 1000, product: (900, 900))
        try sandbox.image("render/3.png", 1000, 1000, product: (500, 500))
        for command in [
            ["credits", "open", "ana@example.com", "--name", "Ana"],
            ["history", "start", "--tool", "image", "--quality", "standard", "--count", "3", "--sku", "MUG-01", "--use", "main"],
            ["history", "complete", "1", "--output", "render/1.png", "render/2.png", "render/3.png"],
            ["history", "download", "1", "--to", "downloads"],
        ] {
            let result = try ProductStudioBinary.run(command, environment: sandbox.environment, in: sandbox.folder)
            try #require(result.status == 0, "\(command): \(result.stderr)")
        }
        let downloads = sandbox.folder.appendingPathComponent("downloads")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: downloads.path).sorted()
                == ["MUG-01_20261120_main.png", "MUG-01_20261120_main_2.png", "MUG-01_20261120_main_3.png"]
        )
        // One file renamed as if it were another product's, one edited after the download.
        try FileManager.default.moveItem(
            at: downloads.appendingPathComponent("MUG-01_20261120_main_3.png"),
            to: downloads.appendingPathComponent("TEE-02_20261120_main.png")
        )
        try sandbox.tool(
            "convert",
            "downloads/MUG-01_20261120_main_2.png",
            "-fill",
            "red",
            "-draw",
            "point 1,1",
            "downloads/MUG-01_20261120_main_2.png"
        )

        let report = try sandbox.checkReport(CheckJSON.Report.self, "downloads", "--profile", "amazon", status: 1)
        let assets = report.assetsByPath
        let first = try #require(assets["MUG-01_20261120_main.png"]?.history)
        #expect(first.task == 1)
        #expect(first.position == 1)
        #expect(first.tool == "image")
        #expect(first.quality == "standard")
        #expect(first.duration == nil)
        #expect(first.sku == "MUG-01")
        #expect(first.use == "main")
        let edited = try #require(assets["MUG-01_20261120_main_2.png"])
        #expect(edited.history == nil, "edited bytes match no task")
        #expect(assets["TEE-02_20261120_main.png"]?.history?.position == 3)
        #expect(assets["TEE-02_20261120_main.png"]?.verdicts.contains("history:warning") == true)
        #expect(assets["MUG-01_20261120_main.png"]?.verdicts.contains("min-size:error:amazon") == true)
        #expect(assets["TEE-02_20261120_main.png"]?.verdicts.contains("product-fill:error:amazon") == true)
        // Three standard images were bought with the welcome balance; two of them fail and cost that again.
        let price = try PriceSchedule.current.cost(of: .images(.standard, count: 1))
        let balance = PriceSchedule.current.welcomeBalance - 3 * price
        let regeneration = CheckJSON.Regeneration(files: 2, credits: 2 * price, balance: balance, shortfall: 2 * price - balance)
        #expect(report.regeneration == regeneration)

        let text = try sandbox.run("check", "downloads", "--profile", "amazon")
        #expect(
            text.stdout.contains("Regenerating 2 failed images costs \(2 * price) credits; the balance is \(balance): \(2 * price - balance) short.")
        )
        #expect(text.stdout.contains("MUG-01_20261120_main.png: note: made by task 1 (image, standard, SKU MUG-01, use main), output 1"))
        #expect(
            text.stdout.contains(
                "TEE-02_20261120_main.png: warning[history] task 1 made these bytes for SKU MUG-01, use case main; the name says SKU TEE-02, use case main"
            )
        )
        let unlinked = try sandbox.checkReport(CheckJSON.Report.self, "downloads", "--profile", "amazon", "--no-history", status: 1)
        #expect(unlinked.regeneration == nil)
        let main = try #require(unlinked.assetsByPath["MUG-01_20261120_main.png"])
        #expect(main.history == nil)
    }

    @Test func withoutAnAccountTheCostIsGivenWithoutABalance() throws {
        let sandbox = try CheckSandbox()
        let database = sandbox.folder.appendingPathComponent("studio.sqlite").path
        sandbox.environment = ["PRODUCTSTUDIO_DB": database, "PRODUCTSTUDIO_ACCOUNT": "ana@example.com", "PRODUCTSTUDIO_NOW": "2026-11-20T10:00:00Z"]
        try sandbox.image("render/1.png", 400, 400)
        for command in [
            ["credits", "open", "ana@example.com"],
            ["history", "start", "--tool", "image", "--quality", "hd", "--count", "1", "--sku", "MUG-01", "--use", "alt"],
            ["history", "complete", "1", "--output", "render/1.png"],
        ] {
            try #require(try ProductStudioBinary.run(command, environment: sandbox.environment, in: sandbox.folder).status == 0)
        }
        sandbox.environment["PRODUCTSTUDIO_ACCOUNT"] = nil
        let result = try sandbox.run("check", "render", "--profile", "amazon")
        let hd = try PriceSchedule.current.cost(of: .images(.hd, count: 1))
        #expect(
            result.stdout.contains(
                "Regenerating 1 failed image costs \(hd) credits (name the account with --account to compare it with the balance)."
            )
        )
        let missing = try CheckSandbox()
        let none = try missing.run("check", ".", "--db", missing.folder.appendingPathComponent("none.sqlite").path)
        #expect(none.status == 0)
        #expect(!FileManager.default.fileExists(atPath: missing.folder.appendingPathComponent("none.sqlite").path), "no database is created")
    }
}
