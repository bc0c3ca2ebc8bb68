import Foundation
import StudioCore
import StudioTestSupport
import Testing

@Suite struct OutputLookupTests {
    @Test func findsTheTaskAndOutputThatProducedAFile() throws {
        let studio = try TestStudio(balance: 100)
        let folder = try TemporaryFolder()
        let first = try folder.write("a.png", Data("first".utf8))
        let second = try folder.write("b.png", Data("second".utf8))
        let task = try studio.startImage(.hd, count: 2).task
        try studio.history.complete(task, outputs: [first, second], for: studio.email)

        let copy = try folder.write("renamed-copy.png", Data("second".utf8))
        let found = try #require(try studio.history.producer(of: copy))
        #expect(found.task.id == task)
        #expect(found.output.position == 2)
        #expect(found.output.path == second.path)
        #expect(try studio.history.producer(ofSHA256: SHA256.hex(of: Array("other".utf8))) == nil)
    }

    @Test func findsTheProducersOfManyFilesAtOnceTheEarliestWinning() throws {
        let studio = try TestStudio(balance: 1_000)
        let folder = try TemporaryFolder()
        let files = try (1...3).map { try folder.write("\($0).png", Data("file \($0)".utf8)) }
        let first = try studio.startImage(count: 3).task
        try studio.history.complete(first, outputs: files, for: studio.email)
        let again = try studio.startImage(count: 1).task
        try studio.history.complete(again, outputs: [files[1]], for: studio.email)

        let hashes = (1...3).map { SHA256.hex(of: Array("file \($0)".utf8)) }
        let unknown = SHA256.hex(of: Array("unknown".utf8))
        let found = try studio.history.producers(ofSHA256s: hashes.map { $0.uppercased() } + [unknown])
        #expect(found.keys.sorted() == hashes.sorted())
        #expect(hashes.map { found[$0]?.task.id } == [first, first, first], "the earliest task made the shared file")
        #expect(hashes.map { found[$0]?.output.position } == [1, 2, 3])
        #expect(found[hashes[1]]?.task.outputs.count == 3)
        for hash in hashes {
            let one = try #require(try studio.history.producer(ofSHA256: hash))
            #expect(one.task.id == found[hash]?.task.id && one.output == found[hash]?.output, "agrees with the one-file lookup")
        }
    }

    @Test func estimatesRegenerationAtEachFilesQualityAgainstTheBalance() throws {
        let studio = try TestStudio(balance: 1_000)
        let folder = try TemporaryFolder()
        let ultra = try folder.write("u.png", Data("ultra".utf8))
        let video = try folder.write("v.mp4", Data("video".utf8))
        let ultraTask = try studio.startImage(.ultra, count: 4).task
        try studio.history.complete(ultraTask, outputs: [ultra], for: studio.email)
        let videoTask = try studio.history.start(
            GenerationRequest(kind: .video(.tenSeconds), sku: "MUG-01", useCase: "ad"),
            for: studio.email
        ).task
        try studio.history.complete(videoTask, outputs: [video], for: studio.email)
        try studio.ledger.adjust(studio.email, by: -(1_000 - 120 - 460 - 100), reason: "spend")

        let unknown = SHA256.hex(of: Array("unknown".utf8))
        let estimate = try studio.history.estimateRegeneration(
            ofSHA256s: [SHA256.hex(of: Array("ultra".utf8)), SHA256.hex(of: Array("video".utf8)), unknown],
            for: studio.email
        )
        #expect(estimate.items.map(\.credits) == [30, 460])
        #expect(estimate.items.map(\.task) == [ultraTask, videoTask])
        #expect(estimate.items.first?.kind == .images(.ultra, count: 1))
        #expect(estimate.unmatched == [unknown])
        #expect(estimate.total == 490)
        #expect(estimate.balance == 100)
        #expect(estimate.shortfall == 390)
    }
}
