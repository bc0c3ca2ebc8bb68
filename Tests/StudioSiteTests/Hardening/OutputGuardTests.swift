import Foundation
import StudioSite
import Testing

/// The output never replaces or lands inside the sources, whatever `--force` says and however the path
/// is spelled (symbolic links, a folder that does not exist yet), and the build writes only inside it.
@Suite struct OutputGuardTests {
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
        Steps.
        """

    private static func sourcesAreIntact(_ fixture: SiteFixture) -> Bool {
        ["content/_index.md", "content/guide.md", "templates/base.mustache"].allSatisfy {
            FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent($0).path)
        }
    }

    @Test(arguments: ["content", "templates", "content/../content", "content/new/deeper", "templates/assets", "."])
    func forceNeverReplacesTheSources(output: String) throws {
        let fixture = try SiteFixture(Self.site)
        #expect(throws: BuildError.self) {
            try fixture.build(output: fixture.folder.appendingPathComponent(output), force: true)
        }
        #expect(Self.sourcesAreIntact(fixture))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("content/new").path))
    }

    @Test func anOutputReachedThroughALinkIntoTheSourcesIsRefused() throws {
        let fixture = try SiteFixture(Self.site)
        let alias = fixture.folder.appendingPathComponent("site-link")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: "content")
        for output in [alias, alias.appendingPathComponent("not-yet/there")] {
            #expect(throws: BuildError.self) { try fixture.build(output: output, force: true) }
        }
        #expect(Self.sourcesAreIntact(fixture))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("content").path).sorted()
                == ["_index.md", "guide.md"]
        )
    }

    @Test func anOutputThatIsALinkKeepsItsTargetsHiddenEntries() throws {
        let fixture = try SiteFixture(Self.site)
        let target = fixture.folder.appendingPathComponent("deploy/site")
        try fixture.write("[core]\n", to: "deploy/site/.git/config")
        let link = fixture.folder.appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "deploy/site")
        _ = try fixture.build()
        _ = try fixture.build()
        #expect(try String(contentsOf: target.appendingPathComponent(".git/config"), encoding: .utf8) == "[core]\n")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("guide/index.html").path))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "deploy/site", "the link stays a link")
    }

    @Test func aLinkPlantedInTheOutputIsReplacedNotWrittenThrough() throws {
        let fixture = try SiteFixture(Self.site)
        let victim = fixture.folder.appendingPathComponent("victim.txt")
        try "keep me\n".write(to: victim, atomically: true, encoding: .utf8)
        let victimFolder = fixture.folder.appendingPathComponent("victim-folder")
        try FileManager.default.createDirectory(at: victimFolder, withIntermediateDirectories: true)
        _ = try fixture.build()
        _ = try fixture.build()  // the staging twin now holds the previous generation
        for generation in [fixture.output, fixture.folder.appendingPathComponent(".public.staging")] {
            let robots = generation.appendingPathComponent("robots.txt")
            try FileManager.default.removeItem(at: robots)
            try FileManager.default.createSymbolicLink(atPath: robots.path, withDestinationPath: victim.path)
            let guide = generation.appendingPathComponent("guide")
            try FileManager.default.removeItem(at: guide)
            try FileManager.default.createSymbolicLink(atPath: guide.path, withDestinationPath: victimFolder.path)
        }
        _ = try fixture.build()
        _ = try fixture.build()
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: victimFolder.path) == [])
        #expect(try fixture.read("robots.txt").hasPrefix("User-agent: *"))
        #expect(try fixture.read("guide/index.html").contains("Steps."))
    }

    @Test func aFileInTheWayOfTheOutputsFoldersIsNeverReplaced() throws {
        let fixture = try SiteFixture(Self.site)
        try fixture.write("my notes\n", to: "notes.txt")
        #expect(throws: BuildError.self) { try fixture.build(output: fixture.folder.appendingPathComponent("notes.txt/site")) }
        #expect(try String(contentsOf: fixture.folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "my notes\n")
    }
}
