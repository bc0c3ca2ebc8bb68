import Foundation
import StudioCore
import StudioTestSupport
import Testing

/// `productstudio build` end to end: the real binary, its exit codes and what it prints.
@Suite struct BuildCommandTests {
    /// The repository, whose content/ and templates/ are the product's help site.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func temporaryFolder() throws -> URL { try ScratchSpace.folder("build-cli") }

    @Test func buildsTheHelpSiteWithThePriceScheduleAndExitsZero() throws {
        let output = try temporaryFolder().appendingPathComponent("site")
        let result = try ProductStudioBinary.run(
            ["build", "--source", Self.repository.path, "--output", output.path, "--base-url", "https://help.example.test"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("built "))
        let pricing = try String(contentsOf: output.appendingPathComponent("pricing/index.html"), encoding: .utf8)
        for entry in PriceSchedule.current.entries {
            #expect(pricing.contains("<td>\(entry.operation)</td><td>\(entry.usage)</td>"), "\(entry.id)")
        }
        #expect(pricing.contains("<link rel=\"canonical\" href=\"https://help.example.test/pricing/\">"))
        let rules = try String(contentsOf: output.appendingPathComponent("resources/platform-rules/index.html"), encoding: .utf8)
        let walmartRatio =
            "<td>Walmart</td><td>walmart</td><td>Images</td><td>ratio</td><td>Required</td><td>1:1</td>"
            + "<td><a href=\"https://marketplacelearn.walmart.com/"
        #expect(rules.contains(walmartRatio), "the Platform rules page is rendered from the built-in profiles")
        let profiles = try ProductStudioBinary.run(["profiles", "show", "walmart", "--format", "json"])
        let walmart = try profiles.decoded(CheckJSON.Profile.self)
        #expect(walmart.name == "walmart")
        #expect(walmart.rules.contains { $0.rule == "ratio" && $0.expected == .object(["equals": .string("1:1")]) })
        #expect(rules.components(separatedBy: "<td>Walmart</td>").count - 1 == walmart.rules.count)
    }

    @Test func contentErrorsExitOneAndNameEveryFile() throws {
        let source = try temporaryFolder()
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("templates"),
            to: source.appendingPathComponent("templates")
        )
        let content = source.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("---\ntitle: Home\n---\n[a](gone.md)\n\n[b](#nowhere)\n\n[c](soon.md)\n".utf8).write(to: content.appendingPathComponent("_index.md"))
        try Data("---\ntitle: [\n---\n".utf8).write(to: content.appendingPathComponent("bad.md"))
        try Data("---\ntitle: Soon\ndraft: true\n---\n".utf8).write(to: content.appendingPathComponent("soon.md"))
        let result = try ProductStudioBinary.run(["build", "--source", source.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/_index.md:4:1: broken link 'gone.md' (no page is published at '/gone/')"))
        #expect(lines.contains("content/_index.md:6:1: broken link '#nowhere' (content/_index.md has no heading with id 'nowhere')"))
        #expect(lines.contains { $0.hasPrefix("content/bad.md:3:1: bad front matter:") })
        #expect(
            lines.contains(
                "content/_index.md:8:1: broken link 'soon.md' (the page at '/soon/' is a draft, left out of this build); add --drafts to include it"
            )
        )
        #expect(lines.last?.hasPrefix("build failed with 4 errors") == true)
        #expect(!FileManager.default.fileExists(atPath: source.appendingPathComponent("public").path))
    }

    @Test func aFolderItDidNotCreateIsRefusedWithExitOne() throws {
        let output = try temporaryFolder()
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let result = try ProductStudioBinary.run(["build", "--source", Self.repository.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(
            result.stderr == "error: \(output.path): the output folder holds files this builder did not write; use --force to replace it anyway\n"
        )
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test(arguments: [["build", "--base-url", "ftp://example.com"], ["build", "--bogus"], ["build", "extra-argument"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try ProductStudioBinary.run(arguments, in: try temporaryFolder())
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage: productstudio build"))
    }

    @Test func aMissingSourceFolderIsNamed() throws {
        let result = try ProductStudioBinary.run(["build", "--source", "/nonexistent/site"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: /nonexistent/site/content: no such folder (a site needs content/ and templates/); give the site's folder with --source\n"
        )
    }
}
