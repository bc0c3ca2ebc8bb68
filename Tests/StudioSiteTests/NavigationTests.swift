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
        #expect(sidebar.contains("<a href=\"index.html\" aria-current=\"page\">Page 150</a>"))
        #expect(sidebar.contains("All 300 pages in Big"))
        #expect(!sidebar.contains(">Page 1<") && !sidebar.contains(">Page 300<"))
        let section = try fixture.read("big/index.html")
        #expect(section.components(separatedBy: "class=\"card\"").count - 1 == 300, "a section page lists its pages")
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
        #expect(alpha.contains("<li><a href=\"../../index.html\">Help</a></li>\n<li><a href=\"../index.html\">Guides</a></li>"))
        #expect(alpha.contains("<a class=\"previous\" href=\"../index.html\" rel=\"prev\"><span>Previous</span> Guides</a>"))
        #expect(alpha.contains("<a class=\"next\" href=\"../b/index.html\" rel=\"next\"><span>Next</span> Bravo</a>"))
        let bravo = try fixture.read("guides/b/index.html")
        #expect(bravo.contains("<a class=\"next\" href=\"../../faq/index.html\" rel=\"next\"><span>Next</span> FAQ</a>"))
    }
}
