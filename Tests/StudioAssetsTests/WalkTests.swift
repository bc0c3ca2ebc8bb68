import Foundation
import Testing

@testable import StudioAssets

/// Folder walking: order, hidden files, symbolic links and file names.
@Suite struct WalkTests {
    private func touch(_ folder: URL, _ names: String...) throws {
        for name in names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data([1]).write(to: url)
        }
    }

    @Test func sortedRecursiveAndRelativeToTheFolderGiven() throws {
        let folder = try Fixtures.scratchFolder()
        try touch(folder, "b.jpg", "a/z.png", "a/b/c.jpg", "C.jpg")
        let entries = AssetWalker().entries([folder.path])
        #expect(entries.map(\.displayPath) == ["C.jpg", "a/b/c.jpg", "a/z.png", "b.jpg"])
        #expect(entries.allSatisfy { $0.openPath.hasPrefix(folder.path + "/") })
    }

    @Test func fileArgumentKeepsItsPathAsGiven() throws {
        let folder = try Fixtures.scratchFolder()
        try touch(folder, "x.jpg")
        let path = folder.path + "/./x.jpg"
        #expect(AssetWalker().entries([path]).map(\.displayPath) == [path])
    }

    @Test func hiddenFilesFoldersAndAppleDoubleAreSkipped() throws {
        let folder = try Fixtures.scratchFolder()
        try touch(folder, ".DS_Store", "._photo.jpg", ".git/HEAD.jpg", "photo.jpg")
        #expect(AssetWalker().entries([folder.path]).map(\.displayPath) == ["photo.jpg"])
    }

    @Test func symbolicLinksAreFollowedOnceAndLoopsReported() throws {
        let folder = try Fixtures.scratchFolder()
        try touch(folder, "real/a.jpg")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linked").path, withDestinationPath: "real")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("real/up").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("self.jpg").path, withDestinationPath: "self.jpg")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("broken.jpg").path, withDestinationPath: "nowhere.jpg")
        let entries = AssetWalker().entries([folder.path])
        let byPath = Dictionary(uniqueKeysWithValues: entries.map { ($0.displayPath, $0.error) })
        #expect(byPath["linked/a.jpg"] == .some(nil))
        #expect(byPath["real/a.jpg"] == .some(nil))
        #expect(byPath["real/up"] == .symlinkLoop)
        #expect(byPath["linked/up"] == .symlinkLoop)
        #expect(byPath["self.jpg"] == .symlinkLoop)
        #expect(byPath["broken.jpg"] == .brokenSymlink(target: "nowhere.jpg"))
    }

    @Test func namesThatAreNotUTF8GetTheirOwnError() throws {
        let folder = try Fixtures.scratchFolder()
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".jpg".utf8)  // Latin-1 "café.jpg"
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let entries = AssetWalker().entries([folder.path])
        #expect(entries == [WalkEntry(openPath: folder.path + "/caf\\xE9.jpg", displayPath: "caf\\xE9.jpg", error: .nameNotUTF8)])
    }
}
