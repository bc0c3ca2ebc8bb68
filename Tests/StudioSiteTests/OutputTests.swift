import Foundation
import StudioSite
import Testing

@Suite struct OutputTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        ---
        See [the guide](guide.md).
        -- content/guide.md --
        ---
        title: Guide
        ---
        ## One

        ## Two
        -- content/images/shot.png --
        not really a PNG, copied as it is
        """

    @Test func twoBuildsAreByteIdentical() throws {
        let fixture = try SiteFixture(Self.site)
        let first = fixture.folder.appendingPathComponent("first")
        let second = fixture.folder.appendingPathComponent("second")
        _ = try fixture.build(output: first)
        _ = try fixture.build(output: second)
        let a = try SiteFixture.snapshot(of: first)
        #expect(a.count > 5)
        #expect(a == (try SiteFixture.snapshot(of: second)))
    }

    @Test func aRebuildIntoTheSameFolderEndsWithExactlyTheNewSite() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        _ = try fixture.build()
        try fixture.write("---\ntitle: Help\n---\nNo guide any more.\n", to: "content/_index.md")
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("content/guide.md"))
        _ = try fixture.build()
        let fresh = fixture.folder.appendingPathComponent("fresh")
        _ = try fixture.build(output: fresh)
        #expect(try SiteFixture.snapshot(of: fixture.output) == (try SiteFixture.snapshot(of: fresh)))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("guide").path))
    }

    @Test func filesAndFoldersTradePlacesBetweenBuilds() throws {
        let fixture = try SiteFixture(Self.site)
        try fixture.write("PNG\n", to: "content/guide/diagram.png")
        try fixture.write("a\n", to: "content/files/a.txt")
        try fixture.write("b\n", to: "content/files/b.txt")
        _ = try fixture.build()
        #expect(try fixture.read("guide/diagram.png") == "PNG\n", "a file in a page's own folder")
        #expect(try fixture.read("guide/index.html").contains("<h1>Guide</h1>"))
        _ = try fixture.build()
        // What was a folder is now a file and the other way round, in both generations of the output.
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("content/files"))
        try fixture.write("now a file\n", to: "content/files")
        _ = try fixture.build()
        _ = try fixture.build()
        let fresh = fixture.folder.appendingPathComponent("fresh")
        _ = try fixture.build(output: fresh)
        #expect(try SiteFixture.snapshot(of: fixture.output) == (try SiteFixture.snapshot(of: fresh)))
        #expect(try fixture.read("files") == "now a file\n")
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("content/files"))
        try fixture.write("a again\n", to: "content/files/a.txt")
        _ = try fixture.build()
        _ = try fixture.build()
        #expect(try fixture.read("files/a.txt") == "a again\n")
    }

    @Test func aFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let before = try SiteFixture.snapshot(of: fixture.output)
        try fixture.write("---\ntitle: Guide\n---\n[gone](nowhere.md)\n", to: "content/guide.md")
        let report = try fixture.build()
        #expect(!report.succeeded)
        #expect(try SiteFixture.snapshot(of: fixture.output) == before)
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let fixture = try SiteFixture(Self.site)
        try fixture.write("my own notes\n", to: "public/notes.txt")
        #expect(throws: BuildError.self) { try fixture.build() }
        #expect(try fixture.read("notes.txt") == "my own notes\n")
        _ = try fixture.build(force: true)
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("notes.txt").path))
    }

    @Test func keepsHiddenEntriesOfTheOutputFolder() throws {
        let fixture = try SiteFixture(Self.site)
        try fixture.write("", to: "public/.gitkeep")
        try fixture.write("[core]\n", to: "public/.git/config")
        _ = try fixture.build()
        _ = try fixture.build()
        #expect(try fixture.read(".gitkeep") == "")
        #expect(try fixture.read(".git/config") == "[core]\n")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("index.html").path))
    }

    @Test func refusesAnOutputFolderThatHoldsTheSource() throws {
        let fixture = try SiteFixture(Self.site)
        #expect(throws: BuildError.self) { try fixture.build(output: fixture.folder) }
        #expect(throws: BuildError.self) { try fixture.build(output: fixture.folder.deletingLastPathComponent()) }
        #expect(throws: BuildError.self) { try fixture.build(output: fixture.folder.appendingPathComponent("content/site")) }
        #expect(FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("content/guide.md").path))
    }

    @Test func writesOnlyInsideTheOutputAndItsStagingTwin() throws {
        let fixture = try SiteFixture(Self.site)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path))
        _ = try fixture.build()
        _ = try fixture.build()
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path))
        #expect(after.subtracting(before) == ["public", ".public.staging", ".public.lock"])
    }
}
