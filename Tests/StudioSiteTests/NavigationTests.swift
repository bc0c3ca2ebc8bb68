import Foundation
import Testing

@Suite struct NavigationTests {
    @Test func aPageOfAHugeSectionListsABoundedSidebar() throws {
        var files = "-- content/_index.md --\n---\ntitle: Help\n---\n"
        files += "-- content/big/_index.md --\n---\ntitle: Big\n---\n"
        for number in 1...300 {
            files += "-- content/big/page-\(number).md --\n---\ntitle: Page \(number)\nweight: \(number)\n---\nText.\n"
        }
        let fixture = try SiteFixture(files)
        #expect(try fixture.build().errors == [])
        let html = try fixture.read("big/page-150/index.html")
        let sidebar = try #require(html.components(separatedBy: "<nav class=\"sidebar\"").last?.components(separatedBy: "</nav>").first)
        let links = sidebar.components(separatedBy: "<a ").count - 1
        #expect(links <= 27, "top level + 25 pages + the 'All pages' link")
        #expect(sidebar.contains("<a href=\"../../big/page-150/index.html\" aria-current=\"page\">Page 150</a>"))
        #expect(sidebar.contains("All 300 pages in Big"))
        #expect(!sidebar.contains(">Page 1<") && !sidebar.contains(">Page 300<"))
        let first = try fixture.read("big/index.html")
        #expect(first.components(separatedBy: "class=\"card\"").count - 1 == 100, "a section page lists 100 pages at a time")
        #expect(first.contains("<span>Page 1 of 3</span>") && first.contains("<a href=\"../big/page/2/index.html\" rel=\"next\">Next page</a>"))
        let last = try fixture.read("big/page/3/index.html")
        #expect(last.components(separatedBy: "class=\"card\"").count - 1 == 100)
        #expect(last.contains("<h3>Page 300</h3>") && last.contains("href=\"../../../big/page-300/index.html\""))
        #expect(last.contains("<a href=\"../../../big/page/2/index.html\" rel=\"prev\">Previous page</a>"))
        #expect(last.contains("<link rel=\"canonical\" href=\"https://help.example.test/big/page/3/\">"))
    }

    @Test func breadcrumbsAndPreviousNextFollowTheTreeByWeight() throws {
        let fixture = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            ---
            -- content/guides/_index.md --
            ---
            title: Guides
            weight: 1
            ---
            -- content/guides/b.md --
            ---
            title: Bravo
            weight: 2
            ---
            -- content/guides/a.md --
            ---
            title: Alpha
            weight: 1
            ---
            -- content/faq.md --
            ---
            title: FAQ
            weight: 2
            ---
            """
        )
        _ = try fixture.build()
        let alpha = try fixture.read("guides/a/index.html")
        #expect(alpha.contains("<li><a href=\"../../index.html\">Help</a></li>\n<li><a href=\"../../guides/index.html\">Guides</a></li>"))
        #expect(alpha.contains("<a class=\"previous\" href=\"../../guides/index.html\" rel=\"prev\"><span>Previous</span> Guides</a>"))
        #expect(alpha.contains("<a class=\"next\" href=\"../../guides/b/index.html\" rel=\"next\"><span>Next</span> Bravo</a>"))
        let bravo = try fixture.read("guides/b/index.html")
        #expect(bravo.contains("<a class=\"next\" href=\"../../faq/index.html\" rel=\"next\"><span>Next</span> FAQ</a>"))
    }
}
