import Foundation
import Testing

/// Each case breaks one file of an otherwise good site and expects exactly these errors, at file:line:col.
@Suite struct BuildErrorTests {
    static let goodSite = """
        -- content/_index.md --
        ---
        title: Help
        ---
        Start with [the guide](guide.md).
        -- content/guide.md --
        ---
        title: Guide
        ---
        ## Steps

        See the [pricing](pricing.md#plans).
        -- content/pricing.md --
        ---
        title: Pricing
        ---
        ## Plans

        ```data pricing
        ```
        """

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        /// The file's new text; nil removes the file.
        let text: String?
        let errors: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "bad front matter",
            file: "content/guide.md",
            text: "---\ntitle: Guide\nweight: [1\n---\n",
            errors: ["content/guide.md:4:1: bad front matter: did not find expected ',' or ']'"]
        ),
        Case(
            name: "missing layout",
            file: "content/guide.md",
            text: "---\ntitle: Guide\nlayout: fancy\n---\n",
            errors: ["content/guide.md:3: missing template 'layouts/fancy' (templates/layouts/fancy.mustache)"]
        ),
        Case(
            name: "missing partial",
            file: "templates/partials/footer.mustache",
            text: "<footer>\n  {{> partials/legal}}\n</footer>\n",
            errors: ["templates/partials/footer.mustache:2:3: missing partial 'partials/legal' (templates/partials/legal.mustache)"]
        ),
        Case(
            name: "missing parent",
            file: "templates/layouts/404.mustache",
            text: "{{<shell}}\n{{$main}}x{{/main}}\n{{/shell}}\n",
            errors: ["templates/layouts/404.mustache:1:1: missing parent template 'shell' (templates/shell.mustache)"]
        ),
        Case(
            name: "template syntax",
            file: "templates/partials/footer.mustache",
            text: "<footer>\n{{#site}}\n</footer>\n",
            errors: ["templates/partials/footer.mustache:4:1: template syntax error: expectedSectionEnd"]
        ),
        Case(
            name: "missing default layout",
            file: "templates/layouts/page.mustache",
            text: nil,
            errors: ["templates/layouts/page.mustache: missing template 'layouts/page', needed by 2 pages"]
        ),
        Case(
            name: "broken link",
            file: "content/guide.md",
            text: "---\ntitle: Guide\n---\nRead [this](missing.md) first.\n",
            errors: ["content/guide.md:4:6: broken link 'missing.md' (no page is published at '/missing/')"]
        ),
        Case(
            name: "broken anchor",
            file: "content/guide.md",
            text: "---\ntitle: Guide\n---\n## Steps\n\nSee [plans](pricing.md#prices).\n",
            errors: ["content/guide.md:6:5: broken link 'pricing.md#prices' (content/pricing.md has no heading with id 'prices')"]
        ),
        Case(
            name: "missing image",
            file: "content/guide.md",
            text: "---\ntitle: Guide\n---\n\n![A product shot](shots/front.png)\n",
            errors: ["content/guide.md:5:1: broken link 'shots/front.png' (no file content/shots/front.png)"]
        ),
        Case(
            name: "same-page anchor",
            file: "content/guide.md",
            text: "---\ntitle: Guide\n---\n## Steps\n\n[Back](#step)\n",
            errors: ["content/guide.md:6:1: broken link '#step' (content/guide.md has no heading with id 'step')"]
        ),
        Case(
            name: "unknown data set",
            file: "content/pricing.md",
            text: "---\ntitle: Pricing\n---\n## Plans\n\n```data prices\n```\n",
            errors: ["content/pricing.md:6:1: unknown data set 'prices' (available: pricing)"]
        ),
        Case(
            name: "every broken link",
            file: "content/guide.md",
            text: "---\ntitle: Guide\n---\n- [a](a.md)\n- [b](b.md)\n\n[c](/c/) and [outside](../../etc/passwd)\n",
            errors: [
                "content/guide.md:4:3: broken link 'a.md' (no page is published at '/a/')",
                "content/guide.md:5:3: broken link 'b.md' (no page is published at '/b/')",
                "content/guide.md:7:1: broken link '/c/' (no page is published at '/c/')",
                "content/guide.md:7:14: broken link '../../etc/passwd' (it points outside content/)",
            ]
        ),
        Case(
            name: "broken related page",
            file: "content/guide.md",
            text: "---\ntitle: Guide\nrelated:\n  - pricing.md\n  - gone.md\n---\n",
            errors: ["content/guide.md:5: broken related page 'gone.md'"]
        ),
        Case(
            name: "two pages at one URL",
            file: "content/guide/_index.md",
            text: "---\ntitle: Guide section\n---\n",
            errors: ["content/guide/_index.md: content/guide.md is published at the same URL '/guide/'"]
        ),
    ]

    @Test(arguments: cases)
    func reportsTheBrokenFile(_ broken: Case) throws {
        let site = try SiteFixture(Self.goodSite)
        if let text = broken.text {
            try site.write(text, to: broken.file)
        } else {
            try FileManager.default.removeItem(at: site.folder.appendingPathComponent(broken.file))
        }
        let report = try site.build()
        #expect(report.errors == broken.errors)
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "a failed build writes nothing")
    }

    @Test func aFileNameThatIsNotUTF8IsAnErrorNamingTheFile() throws {
        let site = try SiteFixture(Self.goodSite)
        let name = site.folder.path + "/content/caf\u{E9}"
        var bytes = Array(name.utf8.dropLast(2)) + [0xE9, 0]  // "café" in Latin-1
        let descriptor = bytes.withUnsafeMutableBufferPointer { creat($0.baseAddress!, 0o644) }
        try #require(descriptor >= 0)
        close(descriptor)
        let report = try site.build()
        #expect(report.errors == ["content/caf\u{FFFD}: the file name is not valid UTF-8"])
    }

    @Test func hiddenEntriesAndLinksToFoldersAreSkippedLinksToFilesAreFollowed() throws {
        let site = try SiteFixture(Self.goodSite + "\n-- content/.drafts/secret.md --\nSecret.\n-- content/._guide.md --\nJunk.\n")
        let content = site.folder.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(atPath: content.path + "/loop", withDestinationPath: content.path)
        try FileManager.default.createSymbolicLink(atPath: content.path + "/again.md", withDestinationPath: content.path + "/guide.md")
        let report = try site.build()
        #expect(report.lines == ["content/loop: warning: is a symbolic link to a folder; links to folders are not followed"])
        #expect(report.pagesWritten == 4, "home, guide, pricing and the linked again.md")
        #expect(FileManager.default.fileExists(atPath: site.output.path + "/again/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path + "/loop"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path + "/.drafts"))
    }

    @Test func theGoodSiteBuilds() throws {
        let site = try SiteFixture(Self.goodSite)
        let report = try site.build()
        #expect(report.lines == [])
        #expect(report.pagesWritten == 3)
    }
}
