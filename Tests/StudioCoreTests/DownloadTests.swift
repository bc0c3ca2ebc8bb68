import Foundation
import StudioCore
import Testing

@Suite struct DownloadTests {
    private func completedTask(_ studio: TestStudio, files: [URL], sku: String = "MUG-01") throws -> Int64 {
        let task = try studio.history.start(
            GenerationRequest(kind: .images(.standard, count: files.count), sku: sku, useCase: "main image"),
            for: studio.email
        ).task
        try studio.history.complete(task, outputs: files, for: studio.email)
        return task
    }

    @Test func namesFilesBySkuDateAndUseCase() throws {
        let studio = try TestStudio(balance: 100)
        let source = try TemporaryFolder()
        let files = [try source.write("x.PNG", Data("1".utf8)), try source.write("y.png", Data("2".utf8))]
        let task = try completedTask(studio, files: files)
        let target = try TemporaryFolder()

        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.lastPathComponent) == ["MUG-01_20260314_main-image.png", "MUG-01_20260314_main-image_2.png"])
        #expect(try Data(contentsOf: written[1]) == Data("2".utf8))
    }

    @Test func neverOverwritesAndTakesTheNextFreeNumber() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let task = try completedTask(studio, files: [try source.write("x.png", Data("new".utf8))])
        let target = try TemporaryFolder()
        try target.write("MUG-01_20260314_main-image.png", Data("mine".utf8))
        try target.write("MUG-01_20260314_main-image_2.png", Data("mine too".utf8))

        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.lastPathComponent) == ["MUG-01_20260314_main-image_3.png"])
        #expect(try Data(contentsOf: target.url.appendingPathComponent("MUG-01_20260314_main-image.png")) == Data("mine".utf8))
        let again = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(again.map(\.lastPathComponent) == ["MUG-01_20260314_main-image_4.png"])
    }

    @Test func refusesAnOutputWhoseContentChangedAndLeavesNoFile() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let file = try source.write("x.png", Data("recorded".utf8))
        let task = try completedTask(studio, files: [file])
        try Data("edited".utf8).write(to: file)
        let target = try TemporaryFolder()

        #expect(throws: LedgerError.outputChanged(path: file.path)) {
            try studio.history.download(task, of: studio.email, to: target.url)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.url.path).isEmpty)
    }

    @Test func replacesCharactersUnsafeInFileNames() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let task = try completedTask(studio, files: [try source.write("x.jpg", Data("1".utf8))], sku: "A/B 7")
        let target = try TemporaryFolder()
        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.lastPathComponent) == ["A-B-7_20260314_main-image.jpg"])
    }
}
