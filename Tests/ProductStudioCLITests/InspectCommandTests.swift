import Foundation
import StudioTestSupport
import Testing

/// `productstudio inspect` end to end: output formats, exit codes and stderr.
@Suite struct InspectCommandTests {
    /// A folder with one good JPEG, one hidden file and, when asked, one broken file.
    private func folder(broken: Bool) throws -> URL {
        let folder = try ScratchSpace.folder("inspect-cli")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("shots"), withIntermediateDirectories: true)
        try ChildProcess.check(["convert", "-size", "30x20", "xc:white", folder.appendingPathComponent("shots/a.jpg").path])
        try Data([1, 2, 3]).write(to: folder.appendingPathComponent(".hidden.jpg"))
        if broken { try Data("not a picture".utf8).write(to: folder.appendingPathComponent("shots/b.png")) }
        return folder
    }

    /// Copies `shots/a.jpg` to `shots/café.jpg` with a Latin-1 name (`caf\xE9.jpg`, not UTF-8), through
    /// POSIX `open`: `FileManager` takes names as text only.
    private func addLatin1Copy(in folder: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("shots/a.jpg")))
        let path = Array(folder.appendingPathComponent("shots").path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".jpg\0".utf8)
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
    }

    @Test func jsonForAFolderThatReadsCleanly() throws {
        let folder = try folder(broken: false)
        let result = try ProductStudioBinary.run(["inspect", "--format", "json", "."], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let assets = try result.decoded(InspectJSON.Report.self).assets
        #expect(assets.map(\.path) == ["shots/a.jpg"])
        let asset = try #require(assets.first)
        #expect(asset.kind == "image")
        #expect(asset.format == "jpeg")
        #expect(asset.extensionMatches)
        #expect(asset.width == 30)
        #expect(asset.height == 20)
        #expect(asset.error == nil)
        let keys = try #require(try result.decoded(InspectJSON.Objects.self).assets.first?.keys)
        #expect(!keys.contains("pixels"), "pixels only when asked for")
        #expect(!keys.contains("durationSeconds"), "video facts only for videos")
    }

    @Test func unreadableFileExitsOneAndStillListsTheOthers() throws {
        let folder = try folder(broken: true)
        let result = try ProductStudioBinary.run(["inspect", "--format", "json", "shots"], in: folder)
        #expect(result.status == 1)
        let assets = try result.decoded(InspectJSON.Report.self).assets
        #expect(assets.map(\.path) == ["a.jpg", "b.png"])
        #expect(assets.map(\.error) == [nil, "not an image or video: the content matches no known format"])
        #expect(assets[1].kind == "unknown")
    }

    @Test func textIsAnAlignedTable() throws {
        let folder = try folder(broken: true)
        let result = try ProductStudioBinary.run(["inspect", "shots/a.jpg", "shots/b.png"], in: folder)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("PATH         KIND     FORMAT  SIZE   BYTES"))
        #expect(lines[1].hasPrefix("shots/a.jpg  image    jpeg    30x20  "))
        #expect(lines[2].hasPrefix("shots/b.png  unknown  -       -      13     error: not an image or video"))
        #expect(lines[3] == "2 files: 1 images, 0 videos, 1 not read")
        #expect(result.stderr == "")  // no progress line when stderr is not a terminal
    }

    @Test func jsonReadsAFileWhoseNameIsNotUTF8() throws {
        let folder = try folder(broken: false)
        try addLatin1Copy(in: folder)
        let result = try ProductStudioBinary.run(["inspect", "--format", "json", "shots"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let assets = try result.decoded(InspectJSON.Report.self).assets
        #expect(assets.map(\.path) == ["a.jpg", "caf\\xE9.jpg"])
        let latin1 = try #require(assets.last)
        #expect(latin1.format == "jpeg")
        #expect(latin1.width == 30)
        #expect(latin1.height == 20)
        #expect(latin1.extensionMatches)
        #expect(latin1.error == nil)
        let objects = try result.decoded(InspectJSON.Objects.self).assets
        let facts = objects.map { $0.filter { $0.key != "path" } }
        #expect(facts.count == 2 && facts[0] == facts[1], "the same facts under both names")
    }

    @Test func textShowsTheInvalidBytesOfANameEscaped() throws {
        let folder = try folder(broken: false)
        try addLatin1Copy(in: folder)
        let result = try ProductStudioBinary.run(["inspect", "shots"], in: folder)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("caf\\xE9.jpg  image  jpeg    30x20  "))
        #expect(lines[3] == "2 files: 2 images, 0 videos, 0 not read")
    }

    @Test func pixelsAddsPixelStatistics() throws {
        let folder = try folder(broken: false)
        let result = try ProductStudioBinary.run(["inspect", "--pixels", "--format", "json", "shots"], in: folder)
        #expect(result.status == 0)
        let asset = try #require(try result.decoded(InspectJSON.Report.self).assets.first)
        let pixels = try #require(asset.pixels)
        #expect(pixels.border.nearWhiteShare == 1)
        #expect(pixels.border.min == [255, 255, 255])
        #expect(!pixels.anyTransparent)
        #expect(pixels.product == nil, "an all-white image has no product")
    }

    @Test(arguments: [["inspect"], ["inspect", "--format", "xml", "."], ["inspect", "--max-pixels", "0", "."]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try ProductStudioBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(!result.stderr.isEmpty)
    }

    @Test func maxPixelsRefusesLargeImages() throws {
        let folder = try folder(broken: false)
        let result = try ProductStudioBinary.run(["inspect", "--max-pixels", "100", "--format", "json", "shots"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("over the limit of 100 set for this run; not decoded"))
    }

    @Test func aMotionPhotoIsReadAndAnUnknownDurationIsNull() throws {
        let folder = try folder(broken: false)
        try ChildProcess.shell(
            """
            ffmpeg -v error -f lavfi -i testsrc=size=320x240:rate=25 -t 2 -c:v libx264 -pix_fmt yuv420p clip.mp4
            cat shots/a.jpg clip.mp4 > shots/motion.jpg
            ffmpeg -v error -f lavfi -i testsrc=size=64x48:rate=25 -t 1 -c:v libvpx-vp9 -live 1 -f webm - > shots/streamed.webm
            """,
            in: folder
        )
        let result = try ProductStudioBinary.run(["inspect", "--format", "json", "shots"], in: folder)
        #expect(result.status == 0)
        let assets = try result.decoded(InspectJSON.Report.self).assets
        #expect(assets.map(\.path) == ["a.jpg", "motion.jpg", "streamed.webm"])
        #expect(assets[1].kind == "image")
        #expect(assets[1].width == 30)
        #expect(assets[1].error == nil)
        #expect(assets[2].kind == "video")
        #expect(assets[2].width == 64)
        #expect(assets[2].fps == 25)
        let streamed = try result.decoded(InspectJSON.Objects.self).assets[2]
        #expect(streamed["durationSeconds"] == .null, "present, and null: the stream does not say")
        let text = try ProductStudioBinary.run(["inspect", "shots/streamed.webm"], in: folder)
        #expect(text.stdout.contains("vp9, duration unknown, 25.0 fps"))
    }

    @Test func aCameraRawFileIsNotSupported() throws {
        let folder = try folder(broken: false)
        let cr3: [UInt8] = [0, 0, 0, 20] + Array("ftypcrx \u{0}\u{0}\u{0}\u{1}crx ".utf8) + [0, 0, 0, 8] + Array("moov".utf8)
        try Data(cr3).write(to: folder.appendingPathComponent("shots/IMG_0001.CR3"))
        let result = try ProductStudioBinary.run(["inspect", "--format", "json", "shots/IMG_0001.CR3"], in: folder)
        #expect(result.status == 1)
        let asset = try #require(try result.decoded(InspectJSON.Report.self).assets.first)
        #expect(asset.kind == "unknown")
        #expect(asset.format == nil)
        #expect(asset.error == "camera raw (CR3) is not supported")
    }
}
