import Foundation
import StudioCore
import Testing

@Suite struct HistoryCommandTests {
    private let image = ["history", "start", "--tool", "image", "--sku", "MUG-01", "--use", "main-image"]

    private func start(_ sandbox: LedgerSandbox, _ extra: String...) throws -> LedgerJSON.TaskStart {
        let result = try ProductStudioBinary.run(
            image + extra + ["--format", "json"],
            environment: sandbox.environment,
            in: sandbox.folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        return try result.decoded(LedgerJSON.TaskStart.self)
    }

    @Test func startChargesThePriceAndPrintsTheTask() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "buy", "pack-1000", "--reference", "PAY-1")
        let started = try start(sandbox, "--quality", "hd", "--count", "3")
        let hd = try PriceSchedule.current.cost(of: .images(.hd, count: 3))
        #expect(started.task == 1)
        #expect(started.charged == hd)
        #expect(started.balance == 1_050 - hd)
        let video = try sandbox.decode(
            LedgerJSON.TaskStart.self,
            "history",
            "start",
            "--tool",
            "video",
            "--duration",
            "10",
            "--sku",
            "MUG-01",
            "--use",
            "ad"
        )
        let tenSeconds = try PriceSchedule.current.cost(of: .video(.tenSeconds))
        #expect(video.task == 2)
        #expect(video.charged == tenSeconds)
        #expect(video.balance == 1_050 - hd - tenSeconds)
    }

    @Test func tooFewCreditsChargesNothingAndExplainsTheShortfall() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try ProductStudioBinary.run(
            image + ["--quality", "ultra", "--count", "2"],
            environment: sandbox.environment,
            in: sandbox.folder
        )
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        for part in [
            "the balance is 50", "costs 60", "10 short", "Buy Credits or Credits Management", "plan or a one-time credit pack",
            "run the generation again",
        ] {
            #expect(result.stderr.contains(part), "\(part)")
        }
        #expect(try sandbox.balance() == 50)
        #expect(try sandbox.decode([LedgerJSON.Task].self, "history", "list").isEmpty)
    }

    @Test(arguments: [
        ["--quality", "hd", "--count", "0"],
        ["--quality", "hd", "--count", "-2"],
        ["--quality", "mega"],
        ["--tool", "audio", "--quality", "hd"],
        ["--duration", "5"],
        [],
    ])
    func badImageRequestsAreUsageErrors(extra: [String]) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try ProductStudioBinary.run(image + extra, environment: sandbox.environment, in: sandbox.folder)
        #expect(result.status == 2)
        #expect(try sandbox.balance() == 50)
    }

    @Test func videoNeedsAKnownDuration() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try sandbox.run("history", "start", "--tool", "video", "--duration", "7", "--sku", "A", "--use", "b")
        #expect(result.status == 2)
    }

    @Test func completeFailAndTheirRefusals() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "buy", "pack-300", "--reference", "PAY-1")
        let output = try sandbox.write("render/one.png", "abc")
        let completed = try start(sandbox, "--quality", "standard").task
        let completion = try sandbox.decode(LedgerJSON.TaskCompletion.self, "history", "complete", "\(completed)", "--output", output)
        #expect(completion.task == completed)
        #expect(completion.outputs.map(\.position) == [1])
        #expect(completion.outputs.map(\.path) == [output])
        #expect(completion.outputs.first?.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(completion.outputs.first?.bytes == 3)

        let failed = try start(sandbox, "--quality", "hd", "--count", "2").task
        let failure = try sandbox.decode(LedgerJSON.TaskFailure.self, "history", "fail", "\(failed)", "--reason", "render timeout", "--eligible")
        #expect(failure.task == failed)
        #expect(failure.refunded == 40)
        #expect(failure.balance == 335)
        let balance = try sandbox.balance()
        #expect(balance == 335)

        let refusals: [([String], String)] = [
            (["history", "complete", "\(failed)", "--output", output], "error: task \(failed) has already failed; nothing was changed\n"),
            (["history", "fail", "\(failed)", "--reason", "again", "--eligible"], "error: task \(failed) has already failed; nothing was changed\n"),
            (
                ["history", "fail", "\(completed)", "--reason", "late", "--eligible"],
                "error: task \(completed) has already completed; nothing was changed\n"
            ),
            (["history", "show", "99"], "error: no task 99 in this account's history\n"),
        ]
        for (arguments, message) in refusals {
            let result = try ProductStudioBinary.run(arguments, environment: sandbox.environment, in: sandbox.folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == message)
        }
        #expect(try sandbox.balance() == balance)
        #expect(try sandbox.run("credits", "verify").status == 0)
    }

    @Test func listAndShowTheDashboardHistory() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "buy", "pack-1000", "--reference", "PAY-1")
        _ = try start(sandbox, "--quality", "hd", "--count", "2", "--note", "spring")
        try sandbox.run("history", "start", "--tool", "video", "--duration", "5", "--sku", "CUP-02", "--use", "ad")
        try sandbox.run("history", "fail", "2", "--reason", "timeout", "--eligible")

        let images = try sandbox.decode([LedgerJSON.Task].self, "history", "list", "--kind", "image")
        #expect(images.map(\.task) == [1])
        let image = try #require(images.first)
        #expect(image.account == sandbox.email)
        #expect(image.tool == "image")
        #expect(image.quality == "hd")
        #expect(image.count == 2)
        #expect(image.duration == nil)
        #expect(image.sku == "MUG-01")
        #expect(image.use == "main-image")
        #expect(image.note == "spring")
        #expect(image.status == "running")
        #expect(image.charged == 40)
        #expect(image.started == "2026-03-14T09:26:53Z")
        #expect(image.finished == nil)
        #expect(image.eligible == nil, "only failed tasks say whether they are eligible")
        let failed = try sandbox.decode([LedgerJSON.Task].self, "history", "list", "--status", "failed")
        #expect(failed.map(\.task) == [2])
        #expect(failed.map(\.duration) == [5])
        #expect(failed.map(\.refunded) == [260])
        #expect(try sandbox.decode([LedgerJSON.Task].self, "history", "list", "--sku", "CUP-02").map(\.task) == [2])
        #expect(try sandbox.decode([LedgerJSON.Task].self, "history", "list", "--until", "2026-03-13").isEmpty)

        let text = try sandbox.run("history", "list")
        #expect(
            text.stdout == """
                TASK  STARTED              TOOL   WHAT    SKU     USE         STATUS   CHARGED  REFUNDED  OUTPUTS
                   2  2026-03-14 09:26:53  video  5s      CUP-02  ad          failed       260       260        0
                   1  2026-03-14 09:26:53  image  2 × hd  MUG-01  main-image  running       40         0        0

                """
        )
        let csv = try sandbox.run("history", "list", "--format", "csv")
        #expect(csv.stdout.hasPrefix("task,started,tool,quality,count,duration,sku,use,status,charged,refunded,outputs\n2,"))
        let shown = try sandbox.decode(LedgerJSON.Task.self, "history", "show", "2")
        #expect(shown.task == 2)
        #expect(shown.status == "failed")
        #expect(shown.reason == "timeout")
        #expect(shown.eligible == true)
        #expect(shown.finished == "2026-03-14T09:26:53Z")
    }

    @Test func downloadNamesFilesBySkuDateAndUseCaseAndNeverOverwrites() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let outputs = [try sandbox.write("render/a.PNG", "first"), try sandbox.write("render/b.png", "second")]
        let task = try start(sandbox, "--quality", "standard", "--count", "2").task
        try sandbox.run(["history", "complete", "\(task)", "--output"] + outputs)
        try sandbox.write("downloads/MUG-01_20260314_main-image.png", "someone else's file")

        let result = try sandbox.run("history", "download", "\(task)", "--to", "downloads")
        #expect(result.status == 0)
        #expect(result.stdout == "MUG-01_20260314_main-image_2.png\nMUG-01_20260314_main-image_3.png\n")
        let downloads = sandbox.folder.appendingPathComponent("downloads")
        #expect(
            try String(contentsOf: downloads.appendingPathComponent("MUG-01_20260314_main-image.png"), encoding: .utf8)
                == "someone else's file"
        )
        #expect(
            try String(contentsOf: downloads.appendingPathComponent("MUG-01_20260314_main-image_3.png"), encoding: .utf8)
                == "second"
        )
    }

    @Test func sameIdempotencyKeyStartsOnce() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let first = try start(sandbox, "--quality", "standard", "--idempotency-key", "gen-1")
        let again = try start(sandbox, "--quality", "standard", "--idempotency-key", "gen-1")
        #expect(again.task == first.task)
        #expect(again.charged == first.charged)
        #expect(again.balance == 35)
        #expect(try sandbox.balance() == 35)
        let other = try ProductStudioBinary.run(
            image + ["--quality", "hd", "--idempotency-key", "gen-1"],
            environment: sandbox.environment,
            in: sandbox.folder
        )
        #expect(other.status == 1)
        #expect(try sandbox.balance() == 35)
    }
}
