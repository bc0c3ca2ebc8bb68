import Foundation
import Testing

/// The same sources build to the same bytes, however the pages are spread over the cores.
@Suite struct DeterminismTests {
    /// 300 pages, each with bare URLs (the autolink extension) and `~~strikethrough~~`, whose inline
    /// parsing depends on the extensions' special characters.
    static func autolinkSite() -> String {
        var files = "-- content/_index.md --\n---\ntitle: Help\n---\nSee www.example.com and ~~old~~ text.\n"
        for number in 1...300 {
            files += """
                -- content/guides/page-\(number).md --
                ---
                title: Page \(number)
                ---
                Visit https://example.com/\(number) or www.example.org/\(number), write to help\(number)@example.com.

                This was ~~wrong~~ right, and ~~this~~ too: http://example.net/a?b=\(number).

                """
        }
        return files
    }

    @Test func tenBuildsOfASiteWithAutolinksAndStrikethroughAreByteIdentical() throws {
        let fixture = try SiteFixture(Self.autolinkSite())
        let first = fixture.folder.appendingPathComponent("build-0")
        #expect(try fixture.build(output: first).errors == [])
        let expected = try SiteFixture.snapshot(of: first)
        let page = try fixture.read("guides/page-7/index.html", in: first)
        #expect(page.contains("<a href=\"https://example.com/7\">https://example.com/7</a>"))
        #expect(page.contains("<a href=\"http://www.example.org/7\">www.example.org/7</a>"))
        #expect(page.contains("<del>wrong</del>"))
        for run in 1..<10 {
            let output = fixture.folder.appendingPathComponent("build-\(run)")
            _ = try fixture.build(output: output)
            let snapshot = try SiteFixture.snapshot(of: output)
            let differing = expected.keys.filter { snapshot[$0] != expected[$0] }.sorted()
            #expect(snapshot.keys.sorted() == expected.keys.sorted())
            #expect(differing == [], "build \(run) differs from the first")
        }
    }
}
