import Foundation
import Testing

/// Input that used to crash the builder or make it write where it must not.
@Suite struct HostileInputTests {
    @Test func aHeadingWith150000NestedEmphasisLevelsBuilds() throws {
        // `*a *a … deep … a* a*`: 0.9 MB, each `*a ` opening one more level of emphasis.
        let heading = "# " + String(repeating: "*a ", count: 150_000) + "deep" + String(repeating: " a*", count: 150_000)
        let fixture = try SiteFixture("-- content/_index.md --\n---\ntitle: Help\n---\n\(heading)\n")
        let report = try fixture.build()
        #expect(report.errors == [])
        let html = try fixture.read("index.html")
        #expect(html.contains("<h1 id=\"a-a-a-a-"))
        #expect(html.contains("<em>a <em>a deep a</em> a</em>"))
    }

    @Test func deeplyNestedImagesBuild() throws {
        let images = String(repeating: "![", count: 20_000) + "alt" + String(repeating: "](a.png)", count: 20_000)
        let fixture = try SiteFixture("-- content/_index.md --\n---\ntitle: Help\n---\n\(images)\n-- content/a.png --\nPNG\n")
        let report = try fixture.build()
        #expect(report.errors == [])
        #expect(!report.lines.contains { $0.contains("no alt text") }, "every image has the text inside it as its alt text")
    }

    @Test(arguments: [
        (#"aliases: ["a\0b"]"#, "content/guide.md:3:11: alias 'a\\0b' holds a control character"),
        (#"aliases: ["robots.txt\0x"]"#, "content/guide.md:3:11: alias 'robots.txt\\0x' holds a control character"),
        (#"aliases: ["old\npage"]"#, "content/guide.md:3:11: alias 'old\\npage' holds a control character"),
        (#"related: ["_index.md\0"]"#, "content/guide.md:3:11: related page '_index.md\\0' holds a control character"),
        (#"layout: "page\u0001""#, "content/guide.md:3:9: layout 'page\\u{01}' holds a control character"),
    ])
    func controlCharactersInFrontMatterPathsAreErrorsAtTheirLine(line: String, error: String) throws {
        let fixture = try SiteFixture(
            "-- content/_index.md --\n---\ntitle: Help\n---\nHi.\n-- content/guide.md --\n---\ntitle: Guide\n\(line)\n---\nText.\n"
        )
        let report = try fixture.build()
        #expect(report.errors == [error])
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func aLinkWhosePathDecodesToAControlCharacterIsBroken() throws {
        let fixture = try SiteFixture("-- content/_index.md --\n---\ntitle: Help\n---\n[x](a%00b.md) [y](c%0A.md)\n")
        let report = try fixture.build()
        #expect(
            report.errors == [
                "content/_index.md:4:1: broken link 'a%00b.md' (the path holds a control character)",
                "content/_index.md:4:15: broken link 'c%0A.md' (the path holds a control character)",
            ]
        )
    }

    @Test func aFileNameWithAControlCharacterIsAnError() throws {
        let fixture = try SiteFixture("-- content/_index.md --\n---\ntitle: Help\n---\nHi.\n")
        try fixture.write("---\ntitle: Two lines\n---\n", to: "content/two\nlines.md")
        let report = try fixture.build()
        #expect(report.errors == ["content/two\u{FFFD}lines.md: the file name holds a control character"])
    }
}
