import Foundation
import Testing

/// A download killed at any moment leaves no partial file under a real name, and the next run writes the right
/// file under the right name.
@Suite struct DownloadInterruptionTests {
    @Test func aKilledDownloadNeverLeavesATruncatedFileUnderTheRealName() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let output = sandbox.folder.appendingPathComponent("render.mp4")
        let block = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        #expect(FileManager.default.createFile(atPath: output.path, contents: nil))
        let handle = try FileHandle(forWritingTo: output)
        for _ in 0..<96 { try handle.write(contentsOf: block) }
        try handle.close()
        try sandbox.run("credits", "adjust", "--amount", "1000", "--reason", "video")
        try sandbox.run("history", "start", "--tool", "video", "--duration", "5", "--sku", "MUG", "--use", "ad")
        let complete = try sandbox.run("history", "complete", "1", "--output", output.path)
        #expect(complete.status == 0, "\(complete.stderr)")
        let downloads = sandbox.folder.appendingPathComponent("downloads")
        let name = "MUG_20260314_ad.mp4"

        for round in 0..<4 {
            let download = try ProductStudioBinary.start(
                ["history", "download", "1", "--to", downloads.path],
                environment: sandbox.environment
            )
            // Killed while it copies: once its temporary file exists, after a few more milliseconds each round.
            while download.process.isRunning, !Self.holdsTemporaryFile(downloads) { usleep(500) }
            usleep(UInt32(round) * 3_000)
            kill(download.process.processIdentifier, SIGKILL)
            download.process.waitUntilExit()
            _ = download.result()
            let names = (try? FileManager.default.contentsOfDirectory(atPath: downloads.path)) ?? []
            #expect(names.allSatisfy { $0.hasPrefix(".") || $0 == name }, "round \(round): \(names)")
            if names.contains(name) {
                #expect(try Data(contentsOf: downloads.appendingPathComponent(name)) == Data(contentsOf: output))
            }

            let rerun = try sandbox.run("history", "download", "1", "--to", downloads.path)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(rerun.stdout == name + "\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: downloads.path) == [name])
            #expect(try Data(contentsOf: downloads.appendingPathComponent(name)) == Data(contentsOf: output))
            try FileManager.default.removeItem(at: downloads.appendingPathComponent(name))
        }
    }

    private static func holdsTemporaryFile(_ folder: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).contains { $0.hasSuffix(".part") }
    }

    @Test func downloadingARunningTaskSaysWhyAndWritesNothing() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("history", "start", "--tool", "image", "--quality", "hd", "--sku", "MUG", "--use", "ad")
        let result = try sandbox.run("history", "download", "1", "--to", "downloads")
        #expect(result.status == 1)
        #expect(result.stderr == "error: task 1 is still running: its outputs can be downloaded once it has completed\n")
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("downloads").path))
    }

    @Test func aFolderOrAFIFOGivenAsAnOutputIsNamedAndNothingHangs() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("history", "start", "--tool", "image", "--quality", "hd", "--sku", "MUG", "--use", "ad")
        let folder = sandbox.folder.appendingPathComponent("renders")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let fifo = sandbox.folder.appendingPathComponent("pipe.png")
        #expect(mkfifo(fifo.path, 0o644) == 0)

        let onFolder = try sandbox.run("history", "complete", "1", "--output", folder.path)
        #expect(onFolder.status == 1)
        #expect(onFolder.stderr == "error: the output \(folder.path) is a folder, not a file\n")
        let onFIFO = try sandbox.run("history", "complete", "1", "--output", fifo.path)
        #expect(onFIFO.status == 1)
        #expect(onFIFO.stderr == "error: the output \(fifo.path) is a FIFO, not a file\n")
        let shown = try sandbox.decode(LedgerJSON.Task.self, "history", "show", "1")
        #expect(shown.status == "running")
        #expect(shown.outputs.isEmpty)
    }
}
