import Foundation
import StudioTestSupport
import Testing

@testable import StudioAssets

/// Files that cannot be read each get their own error, and never stop the others.
@Suite struct BadInputTests {
    private func inspect(_ url: URL, options: InspectOptions = InspectOptions()) -> AssetInfo {
        AssetInspector(options: options).inspect(WalkEntry(openPath: url.path, displayPath: url.lastPathComponent))
    }

    private func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func emptyFile() throws {
        let url = try write([], "empty.jpg", in: Fixtures.scratchFolder())
        #expect(inspect(url).error == .empty)
    }

    @Test(arguments: ["exif-facts.jpg", "progressive.jpg", "interlaced.png", "rgb16.png", "audio.mp4", "silent.mov"])
    func truncatedFile(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.url(name)))
        let url = try write(Array(bytes.prefix(bytes.count * 3 / 4)), "cut-" + name, in: Fixtures.scratchFolder())
        let asset = inspect(url)
        guard case .truncated(let format, _) = asset.error else {
            Issue.record("expected a truncation error, got \(String(describing: asset.error))")
            return
        }
        #expect(format == asset.format)
        #expect(asset.image == nil && asset.video == nil)
    }

    @Test func textNamedJPEG() throws {
        let url = try write(Array("just some notes\n".utf8), "notes.jpg", in: Fixtures.scratchFolder())
        let asset = inspect(url)
        #expect(asset.error == .unrecognised)
        #expect(asset.kind == .unknown)
        #expect(asset.format == nil)
        #expect(asset.extensionMatches == false)
    }

    @Test func randomBytes() throws {
        var generator = SeededGenerator(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let url = try write(bytes, "noise.bin", in: Fixtures.scratchFolder())
        #expect(inspect(url).error == .unrecognised)
    }

    @Test func tooManyPixelsIsRefusedFromTheHeader() throws {
        let asset = inspect(Fixtures.url("exif-facts.jpg"), options: InspectOptions(maxPixels: 100))
        #expect(asset.error == .tooManyPixels(width: 60, height: 40, limit: 100))
        #expect(asset.pixels == nil)
    }

    @Test func hugeDeclaredSizeIsRefusedBeforeDecoding() throws {
        // A JPEG whose frame header declares 30000 x 30000 pixels, with no image data at all.
        let side: [UInt8] = [0x75, 0x30]
        let jpeg: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8] + side + side + [1, 1, 0x11, 0]
            + [0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0] + [0xFF, 0xD9]
        let url = try write(jpeg, "huge.jpg", in: Fixtures.scratchFolder())
        let asset = inspect(url, options: InspectOptions(pixels: true))
        #expect(asset.error == .tooManyPixels(width: 30000, height: 30000, limit: InspectOptions.defaultMaxPixels))
    }

    @Test func unreadableFile() throws {
        let url = try write([0xFF, 0xD8, 0xFF], "locked.jpg", in: Fixtures.scratchFolder())
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        guard getuid() != 0 else {
            // root reads anything: a folder in place of a file gives the same kind of system error.
            let folder = try Fixtures.scratchFolder()
            guard case .system = inspect(folder).error else {
                Issue.record("expected a system error")
                return
            }
            return
        }
        guard case .system(let operation, _, _) = inspect(url).error else {
            Issue.record("expected a system error")
            return
        }
        #expect(operation == "open")
    }

    @Test func missingFile() throws {
        let folder = try Fixtures.scratchFolder()
        let entries = AssetWalker().entries([folder.appendingPathComponent("gone.jpg").path])
        #expect(entries.map(\.error) == [.notFound])
    }

    @Test func errorsDoNotStopTheOthers() throws {
        let folder = try Fixtures.scratchFolder()
        _ = try write([], "a-empty.jpg", in: folder)
        try FileManager.default.copyItem(at: Fixtures.url("gray.jpg"), to: folder.appendingPathComponent("b-good.jpg"))
        _ = try write(Array("text".utf8), "c-text.png", in: folder)
        let assets = AssetInspector().inspect([folder.path])
        #expect(assets.map(\.path) == ["a-empty.jpg", "b-good.jpg", "c-text.png"])
        #expect(assets.map { $0.error == nil } == [false, true, false])
    }
}
