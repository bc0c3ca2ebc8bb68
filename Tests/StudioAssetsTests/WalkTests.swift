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
        #expect(entries.allSatisfy { $0.openPath?.hasPrefix(folder.path + "/") == true && $0.pathIsUTF8 })
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

    @Test func namesThatAreNotUTF8AreWalkedWithTheirExactBytes() throws {
        let folder = try Fixtures.scratchFolder()
        let path = RawName.path(folder, RawName.cafe(".jpg"))  // Latin-1 "café.jpg"
        try RawName.makeFile(path, holding: [1])
        let entries = AssetWalker().entries([folder.path])
        #expect(entries == [WalkEntry(pathBytes: path, displayPath: "caf\\xE9.jpg")])
        #expect(entries.first?.openPath == nil)
        #expect(entries.first?.pathIsUTF8 == false)
    }

    @Test func foldersWhoseNamesAreNotUTF8AreWalked() throws {
        let folder = try Fixtures.scratchFolder()
        let inner = RawName.path(folder, RawName.cafe())
        try RawName.makeFolder(inner)
        try RawName.makeFile(inner + Array("/b.jpg".utf8), holding: [1])
        try RawName.makeFolder(inner + Array("/d\u{E9}j\u{E0}".utf8))  // UTF-8 "déjà" inside: shown as it is
        try RawName.makeFile(inner + Array("/d\u{E9}j\u{E0}/a.jpg".utf8), holding: [1])
        let entries = AssetWalker().entries([folder.path])
        #expect(entries.map(\.displayPath) == ["caf\\xE9/b.jpg", "caf\\xE9/d\u{E9}j\u{E0}/a.jpg"])
        #expect(entries.map(\.pathBytes) == [inner + Array("/b.jpg".utf8), inner + Array("/d\u{E9}j\u{E0}/a.jpg".utf8)])
        #expect(entries.allSatisfy { $0.error == nil && !$0.pathIsUTF8 })
    }
}
