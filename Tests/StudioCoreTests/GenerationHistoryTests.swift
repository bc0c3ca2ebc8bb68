import Foundation
import StudioTestSupport
import Testing

@testable import StudioCore

@Suite struct GenerationHistoryTests {
    /// The prices themselves are pinned once, in `PriceScheduleTests`.
    @Test(arguments: [
        GenerationKind.images(.standard, count: 1), .images(.hd, count: 3), .images(.ultra, count: 2), .video(.fiveSeconds),
        .video(.tenSeconds),
    ])
    func startChargesTheSchedulesPrice(kind: GenerationKind) throws {
        let price = try PriceSchedule.current.cost(of: kind)
        let studio = try TestStudio(balance: 1_000)
        let start = try studio.history.start(GenerationRequest(kind: kind, sku: "MUG-01", useCase: "ad"), for: studio.email)
        #expect(start.charged == price)
        #expect(start.balance == 1_000 - price)
        let task = try studio.history.task(start.task, of: studio.email)
        #expect(task.kind == kind)
        #expect(task.status == .running)
        #expect(task.charged == price)
    }

    @Test func tooFewCreditsChargesNothingAndSaysWhatToDo() throws {
        let studio = try TestStudio(balance: 50)
        let error = #expect(throws: AccountError.self) { try studio.startImage(.hd, count: 3) }
        #expect(error == .insufficientCredits(balance: 50, cost: 60))
        let message = "\(try #require(error))"
        for part in ["balance is 50", "costs 60", "10 short", "Buy Credits or Credits Management", "run the generation again"] {
            #expect(message.contains(part))
        }
        #expect(try studio.ledger.balance(of: studio.email) == 50)
        #expect(try studio.history.tasks(of: studio.email).isEmpty)
    }

    @Test(arguments: [0, -3])
    func refusesCountsBelowOne(count: Int) throws {
        let studio = try TestStudio()
        #expect(throws: AccountError.invalidCount(count)) { try studio.startImage(count: count) }
    }

    @Test func completeRecordsEachOutputsHashAndSize() throws {
        let studio = try TestStudio()
        let folder = try TemporaryFolder()
        let file = try folder.write("out.png", Data("abc".utf8))
        let task = try studio.startImage().task
        let completion = try studio.history.complete(task, outputs: [file], for: studio.email)
        #expect(
            completion.outputs == [
                GenerationOutput(
                    position: 1,
                    path: file.path,
                    sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    bytes: 3
                )
            ]
        )
        #expect(try studio.history.task(task, of: studio.email).status == .completed)
    }

    @Test func eligibleFailureReturnsExactlyTheChargeOnce() throws {
        let studio = try TestStudio(balance: 100)
        let task = try studio.startImage(.hd, count: 2).task
        let failure = try studio.history.fail(task, reason: "render timeout", eligible: true, for: studio.email)
        #expect(failure == TaskFailure(task: task, refunded: 40, balance: 100))
        #expect(throws: AccountError.taskFinished(task: task, status: .failed)) {
            try studio.history.fail(task, reason: "again", eligible: true, for: studio.email)
        }
        #expect(try studio.ledger.balance(of: studio.email) == 100)
        let refunds = try studio.ledger.transactions(of: studio.email, matching: TransactionFilter(kinds: [.refund]))
        #expect(refunds.map(\.amount) == [40])
        #expect(refunds.map(\.task) == [task])
    }

    @Test func ineligibleFailureKeepsTheCharge() throws {
        let studio = try TestStudio()
        let task = try studio.startImage().task
        #expect(try studio.history.fail(task, reason: "content review", eligible: false, for: studio.email).refunded == 0)
        #expect(try studio.ledger.balance(of: studio.email) == 35)
    }

    @Test func finishedTasksCannotCompleteOrFailAgain() throws {
        let studio = try TestStudio(balance: 100)
        let folder = try TemporaryFolder()
        let file = try folder.write("out.png", Data([1, 2, 3]))
        let failed = try studio.startImage().task
        try studio.history.fail(failed, reason: "timeout", eligible: true, for: studio.email)
        let completed = try studio.startImage().task
        try studio.history.complete(completed, outputs: [file], for: studio.email)
        let balance = try studio.ledger.balance(of: studio.email)

        #expect(throws: AccountError.taskFinished(task: failed, status: .failed)) {
            try studio.history.complete(failed, outputs: [file], for: studio.email)
        }
        #expect(throws: AccountError.taskFinished(task: completed, status: .completed)) {
            try studio.history.fail(completed, reason: "late", eligible: true, for: studio.email)
        }
        #expect(try studio.ledger.balance(of: studio.email) == balance)
        #expect(try studio.history.task(failed, of: studio.email).outputs.isEmpty)
    }

    @Test func unknownTasksAndOtherAccountsTasksAreRefused() throws {
        let studio = try TestStudio()
        let task = try studio.startImage().task
        try studio.ledger.open(email: "bo@example.com")
        #expect(throws: AccountError.unknownTask(99)) { try studio.history.task(99, of: studio.email) }
        #expect(throws: AccountError.unknownTask(task)) {
            try studio.history.fail(task, reason: "x", eligible: true, for: "bo@example.com")
        }
    }

    @Test func unreadableOutputIsRefusedAndTheTaskKeepsRunning() throws {
        let studio = try TestStudio()
        let task = try studio.startImage().task
        #expect(throws: AccountError.unreadableOutput(path: "/nonexistent/out.png")) {
            try studio.history.complete(task, outputs: [URL(fileURLWithPath: "/nonexistent/out.png")], for: studio.email)
        }
        #expect(try studio.history.task(task, of: studio.email).status == .running)
    }

    @Test func listingsFilterByToolStatusSkuAndDate() throws {
        let studio = try TestStudio(balance: 1_000)
        let image = try studio.startImage(sku: "MUG-01").task
        let video = try studio.history.start(
            GenerationRequest(kind: .video(.fiveSeconds), sku: "CUP-02", useCase: "ad"),
            for: studio.email
        ).task
        try studio.history.fail(video, reason: "timeout", eligible: true, for: studio.email)

        #expect(try studio.history.tasks(of: studio.email).map(\.id) == [video, image])
        #expect(try studio.history.tasks(of: studio.email, matching: TaskFilter(tool: .image)).map(\.id) == [image])
        #expect(try studio.history.tasks(of: studio.email, matching: TaskFilter(status: .failed)).map(\.id) == [video])
        #expect(try studio.history.tasks(of: studio.email, matching: TaskFilter(sku: "CUP-02")).map(\.id) == [video])
        let tomorrow = TaskFilter(dates: try DateRange(since: "2026-03-15", until: nil))
        #expect(try studio.history.tasks(of: studio.email, matching: tomorrow).isEmpty)
        #expect(try studio.history.task(video, of: studio.email).refunded == 260)
    }
}
