import Foundation
import Testing

@testable import StudioAssets

/// A file whose name is not UTF-8 (a Latin-1 `café.jpg` from an old ZIP archive) is read like any other:
/// only its reported path differs, with the invalid byte shown as `\xE9`.
@Suite struct NonUTF8NameTests {
    /// A fixture copied under a Latin-1 name, with what it holds.
    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let format: AssetFormat
        let width: Int
        let height: Int
        var testDescription: String { fixture }
        /// The Latin-1 name: `café` with the fixture's extension.
        var name: [UInt8] { RawName.cafe("." + URL(fileURLWithPath: fixture).pathExtension) }
        var shownName: String { "caf\\xE9." + URL(fileURLWithPath: fixture).pathExtension }
    }

    /// The JPEG header fast path, libvips (PNG, WebP, and the pixels of all three) and libavformat.
    static let cases = [
        Case(fixture: "exif-facts.jpg", format: .jpeg, width: 60, height: 40),
        Case(fixture: "rgb16.png", format: .png, width: 60, height: 40),
        Case(fixture: "lossy.webp", format: .webp, width: 60, height: 40),
        Case(fixture: "silent.mp4", format: .mp4, width: 64, height: 48),
        Case(fixture: "silent.mov", format: .mov, width: 64, height: 48),
    ]

    private let inspector = AssetInspector(options: InspectOptions(pixels: true))

    /// Inspects a folder holding only the case's fixture under its Latin-1 name.
    private func readUnderItsLatin1Name(_ test: Case) throws -> AssetInfo {
        let folder = try Fixtures.scratchFolder()
        try RawName.copy(fixture: test.fixture, to: RawName.path(folder, test.name))
        let assets = inspector.inspect([folder.path])
        #expect(assets.count == 1)
        return try #require(assets.first)
    }

    @Test(arguments: cases)
    func isReadInsideAFolder(_ test: Case) throws {
        let asset = try readUnderItsLatin1Name(test)
        #expect(asset.path == test.shownName)
        #expect(asset.error == nil)
        #expect(asset.format == test.format)
        #expect(asset.width == test.width)
        #expect(asset.height == test.height)
        #expect(asset.extensionMatches)
        #expect(asset.pathIsUTF8 == false)
        #expect(test.format.kind == .image ? asset.image != nil && asset.pixels != nil : asset.video != nil)
    }

    @Test(arguments: cases)
    func factsEqualThoseOfTheSameFileWithAUTF8Name(_ test: Case) throws {
        let asset = try readUnderItsLatin1Name(test)
        var expected = inspector.inspect(WalkEntry(openPath: Fixtures.url(test.fixture).path, displayPath: test.shownName))
        expected.pathIsUTF8 = false
        #expect(asset == expected)
    }

    @Test func fileInAFolderWhoseNameIsNotUTF8IsRead() throws {
        let folder = try Fixtures.scratchFolder()
        let inner = RawName.path(folder, RawName.cafe())
        try RawName.makeFolder(inner)
        try RawName.copy(fixture: "gray.png", to: inner + Array("/shot.png".utf8))
        let asset = try #require(inspector.inspect([folder.path]).first)
        #expect(asset.path == "caf\\xE9/shot.png")
        #expect(asset.error == nil)
        #expect(asset.format == .png)
        #expect(asset.image?.colorSpace == .gray)
        #expect(asset.pathIsUTF8 == false)
    }

    @Test func extensionIsJudgedFromTheRealName() throws {
        let folder = try Fixtures.scratchFolder()
        try RawName.copy(fixture: "gray.png", to: RawName.path(folder, RawName.cafe(".JPG")))
        let asset = try #require(inspector.inspect([folder.path]).first)
        #expect(asset.format == .png)
        #expect(asset.extensionMatches == false)
        #expect(asset.error == nil)
    }

    @Test func readersGetADescriptorPathToTheExactFile() throws {
        let folder = try Fixtures.scratchFolder()
        let path = RawName.path(folder, RawName.cafe(".jpg"))
        try RawName.makeFile(path, holding: [1])
        let entry = WalkEntry(pathBytes: path, displayPath: "caf\\xE9.jpg")
        let target = try entry.withReadablePath { readable throws(AssetError) in
            #expect(readable.hasPrefix("/proc/self/fd/"))
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
            let length = buffer.withUnsafeMutableBufferPointer { readlink(readable, $0.baseAddress!, $0.count) }
            return Array(buffer.prefix(max(0, length)))
        }
        #expect(target == path)
    }

    @Test func errorsStillNameTheCause() throws {
        let folder = try Fixtures.scratchFolder()
        try RawName.makeFile(RawName.path(folder, RawName.cafe(".jpg")), holding: [])
        try RawName.makeFile(RawName.path(folder, RawName.cafe(".png")), holding: Array("notes".utf8))
        let assets = inspector.inspect([folder.path])
        #expect(assets.map(\.path) == ["caf\\xE9.jpg", "caf\\xE9.png"])
        #expect(assets.map(\.error) == [.empty, .unrecognised])
    }

    @Test func reportsShowTheEscapedPath() throws {
        var asset = AssetInfo(path: "caf\\xE9.jpg", kind: .image, format: .jpeg, extensionMatches: true)
        asset.pathIsUTF8 = false
        var utf8 = asset
        utf8.pathIsUTF8 = true
        #expect(JSONReport.object(asset).hasPrefix(#"{"path": "caf\\xE9.jpg", "kind": "image""#))
        #expect(JSONReport.object(asset) == JSONReport.object(utf8))
        #expect(TextReport.render([asset]).split(separator: "\n")[1].hasPrefix("caf\\xE9.jpg  image  jpeg"))
        #expect(TextReport.render([asset]) == TextReport.render([utf8]))
    }
}
