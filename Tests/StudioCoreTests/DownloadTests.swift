import Foundation
import StudioCore
import StudioTestSupport
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

    private func names(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test func namesFilesBySkuDateAndUseCase() throws {
        let studio = try TestStudio(balance: 100)
        let source = try TemporaryFolder()
        let files = [try source.write("x.PNG", Data("1".utf8)), try source.write("y.png", Data("2".utf8))]
        let task = try completedTask(studio, files: files)
        let target = try TemporaryFolder()

        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.url.lastPathComponent) == ["MUG-01_20260314_main-image.png", "MUG-01_20260314_main-image_2.png"])
        #expect(written.allSatisfy { !$0.wasPresent })
        #expect(try Data(contentsOf: written[1].url) == Data("2".utf8))
        #expect(try names(in: target) == ["MUG-01_20260314_main-image.png", "MUG-01_20260314_main-image_2.png"])
    }

    @Test func neverOverwritesTakesTheNextFreeNumberAndKeepsAnEarlierDownload() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let task = try completedTask(studio, files: [try source.write("x.png", Data("new".utf8))])
        let target = try TemporaryFolder()
        try target.write("MUG-01_20260314_main-image.png", Data("mine".utf8))
        try target.write("MUG-01_20260314_main-image_2.png", Data("mine too".utf8))

        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.url.lastPathComponent) == ["MUG-01_20260314_main-image_3.png"])
        #expect(try Data(contentsOf: target.url.appendingPathComponent("MUG-01_20260314_main-image.png")) == Data("mine".utf8))
        let again = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(again == [DownloadedFile(url: written[0].url, wasPresent: true)])
        #expect(try names(in: target).count == 3)
    }

    @Test func twoOutputsWithTheSameBytesTakeTwoNamesEvenOnARerun() throws {
        let studio = try TestStudio(balance: 100)
        let source = try TemporaryFolder()
        let files = [try source.write("a.png", Data("same".utf8)), try source.write("b.png", Data("same".utf8))]
        let task = try completedTask(studio, files: files)
        let target = try TemporaryFolder()
        for _ in 0..<2 {
            let written = try studio.history.download(task, of: studio.email, to: target.url)
            #expect(written.map(\.url.lastPathComponent) == ["MUG-01_20260314_main-image.png", "MUG-01_20260314_main-image_2.png"])
        }
        #expect(try names(in: target).count == 2)
    }

    @Test func refusesAnOutputWhoseContentChangedAndLeavesNoFile() throws {
        let studio = try TestStudio(balance: 100)
        let source = try TemporaryFolder()
        let first = try source.write("a.png", Data("kept".utf8))
        let file = try source.write("x.png", Data("recorded".utf8))
        let task = try completedTask(studio, files: [first, file])
        try Data("edited".utf8).write(to: file)
        let target = try TemporaryFolder()

        #expect(throws: AccountError.outputChanged(path: file.path)) {
            try studio.history.download(task, of: studio.email, to: target.url)
        }
        #expect(try names(in: target).isEmpty)
        try FileManager.default.removeItem(at: file)
        #expect(throws: AccountError.unreadableOutput(path: file.path)) {
            try studio.history.download(task, of: studio.email, to: target.url)
        }
        #expect(try names(in: target).isEmpty)
    }

    @Test func anOutputReplacedByAFIFOIsRefusedWithoutWaiting() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let file = try source.write("x.png", Data("recorded".utf8))
        let task = try completedTask(studio, files: [file])
        try FileManager.default.removeItem(at: file)
        #expect(mkfifo(file.path, 0o644) == 0)
        let target = try TemporaryFolder()
        #expect(throws: AccountError.outputNotAFile(path: file.path, kind: .fifo)) {
            try studio.history.download(task, of: studio.email, to: target.url)
        }
        #expect(try names(in: target).isEmpty)
    }

    @Test func aTaskThatIsRunningOrFailedHasNothingToDownload() throws {
        let studio = try TestStudio(balance: 100)
        let target = try TemporaryFolder()
        let running = try studio.startImage().task
        #expect(throws: AccountError.nothingToDownload(task: running, status: .running)) {
            try studio.history.download(running, of: studio.email, to: target.url)
        }
        try studio.history.fail(running, reason: "model error", eligible: true, for: studio.email)
        #expect(throws: AccountError.nothingToDownload(task: running, status: .failed)) {
            try studio.history.download(running, of: studio.email, to: target.url)
        }
    }

    @Test func aFileWhereTheFolderShouldBeIsAClearError() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let task = try completedTask(studio, files: [try source.write("x.png", Data("1".utf8))])
        let notAFolder = try source.write("downloads", Data("mine".utf8))
        #expect(throws: AccountError.notAFolder(path: notAFolder.path)) {
            try studio.history.download(task, of: studio.email, to: notAFolder)
        }
        #expect(try Data(contentsOf: notAFolder) == Data("mine".utf8))
    }

    @Test func theTemporaryFileOfAKilledDownloadIsRemovedAndTheRightNameWritten() throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let task = try completedTask(studio, files: [try source.write("x.png", Data("whole".utf8))])
        let target = try TemporaryFolder()
        let gone = try ChildProcess(URL(fileURLWithPath: "/bin/true"), [])
        _ = gone.result()
        try target.write(".productstudio-\(gone.process.processIdentifier)-7.part", Data("who".utf8))
        let mine = try target.write(".productstudio-notes.part", Data("not a download".utf8))

        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.url.lastPathComponent) == ["MUG-01_20260314_main-image.png"])
        #expect(try names(in: target) == [".productstudio-notes.part", "MUG-01_20260314_main-image.png"])
        #expect(FileManager.default.fileExists(atPath: mine.path))
    }

    @Test(arguments: [
        ("A B 7", "A-B-7_20260314_main-image.jpg"),
        ("主图", "主图_20260314_main-image.jpg"),
        ("Cafe\u{301}", "Café_20260314_main-image.jpg"),
        ("a+b", "a-b_20260314_main-image.jpg"),
    ])
    func keepsLettersAndDigitsOfAnyScriptAndReplacesTheRest(sku: String, name: String) throws {
        let studio = try TestStudio()
        let source = try TemporaryFolder()
        let task = try completedTask(studio, files: [try source.write("x.jpg", Data("1".utf8))], sku: sku)
        let target = try TemporaryFolder()
        let written = try studio.history.download(task, of: studio.email, to: target.url)
        #expect(written.map(\.url.lastPathComponent) == [name])
        #expect(written.map(\.url.lastPathComponent.unicodeScalars.count) == [name.unicodeScalars.count])
    }
}
