import Foundation
import StudioSite
import Testing

/// Symbolic links in the sources may point only inside the site's source folder: a link to
/// `/proc/self/environ`, `/etc/passwd` or a page elsewhere would publish it; a dangling link is an error too.
@Suite struct SourceLinkTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        ---
        Hello.
        -- notes/shared.txt --
        shared notes
        """

    private func link(_ path: String, to target: String, in fixture: SiteFixture) throws {
        let url = fixture.folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test(arguments: [
        ("content/env.txt", "/proc/self/environ"),
        ("content/passwd", "/etc/passwd"),
        ("content/elsewhere.md", "../../elsewhere.md"),
        ("templates/assets/secret.css", "/etc/passwd"),
        ("templates/partials/outside.mustache", "/etc/hostname"),
    ])
    func aLinkLeavingTheSourceFolderIsAnErrorAtItsPath(path: String, target: String) throws {
        let fixture = try SiteFixture(Self.site)
        // Beside the site's folder, under a name of its own: the cases run in parallel.
        let outsideName = fixture.folder.lastPathComponent + "-elsewhere.md"
        let outside = fixture.folder.deletingLastPathComponent().appendingPathComponent(outsideName)
        try "---\ntitle: Elsewhere\n---\nnot part of the site\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try link(path, to: target.replacingOccurrences(of: "elsewhere.md", with: outsideName), in: fixture)
        let report = try fixture.build()
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.hasPrefix("\(path): is a symbolic link to '") == true, "\(report.errors)")
        #expect(report.errors.first?.hasSuffix("outside the site's source folder") == true, "\(report.errors)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path), "nothing is published")
    }

    @Test func aDanglingLinkIsAnError() throws {
        let fixture = try SiteFixture(Self.site)
        try link("content/gone.png", to: "missing.png", in: fixture)
        let report = try fixture.build()
        #expect(report.errors == ["content/gone.png: is a symbolic link to 'missing.png', which does not exist"])
    }

    @Test func aLinkInsideTheSourceFolderIsPublished() throws {
        let fixture = try SiteFixture(Self.site)
        try link("content/shared.txt", to: "../notes/shared.txt", in: fixture)
        let report = try fixture.build()
        #expect(report.errors == [])
        #expect(try fixture.read("shared.txt") == "shared notes\n")
    }

    @Test func aLinkToAFolderIsSkippedWithAWarning() throws {
        let fixture = try SiteFixture(Self.site)
        try link("content/notes", to: "../notes", in: fixture)
        let report = try fixture.build()
        #expect(report.lines == ["content/notes: warning: is a symbolic link to a folder; links to folders are not followed"])
    }
}
