import Foundation
import StudioSite
import Testing

@Suite struct FeatureTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        description: Answers for sellers.
        ---
        Welcome. See [pricing](pricing.md) and the [FAQ](faq.md#how-do-credits-work).
        -- content/pricing.md --
        ---
        title: Pricing
        weight: 1
        aliases: [/old-pricing/]
        ---
        ```data pricing
        ```

        ```data plans
        ```
        -- content/data/plans.yml --
        caption: Plans
        columns:
          - {key: plan, title: Plan}
          - {key: credits, title: Credits, align: right}
        rows:
          - {plan: Starter, credits: 100}
          - {plan: "Pro & more", credits: 500}
        -- content/faq.md --
        ---
        title: FAQ
        weight: 2
        faq: true
        ---
        ## How do credits work?

        Each generation **uses credits**.

        ## Where are downloads?

        In the dashboard.

        ### Not a question
        -- content/draft.md --
        ---
        title: Secret plans
        draft: true
        ---
        Unfinished.
        -- content/images.md --
        ---
        title: Images
        weight: 3
        ---
        ![](shot.png)
        -- content/shot.png --
        png
        """

    @Test func rendersDataSetsFromTheProgramAndFromContentData() throws {
        let fixture = try SiteFixture(Self.site)
        #expect(try fixture.build().errors == [])
        let pricing = try fixture.read("pricing/index.html")
        #expect(pricing.contains("<td>Standard image</td><td>15 credits per image</td>"))
        #expect(pricing.contains("<caption>Plans</caption>"))
        #expect(pricing.contains("<td>Pro &amp; more</td><td style=\"text-align: right\">500</td>"))
    }

    @Test func changingTheDataSetChangesTheSite() throws {
        let fixture = try SiteFixture(Self.site)
        let schedule = DataSet(
            name: "pricing",
            columns: [.init(key: "operation", title: "Operation"), .init(key: "usage", title: "Usage")],
            rows: [["operation": "Standard image", "usage": "17 credits per image"]]
        )
        _ = try fixture.build(dataSets: [schedule])
        #expect(try fixture.read("pricing/index.html").contains("<td>17 credits per image</td>"))
    }

    @Test func faqPagesCarryFAQPageStructuredData() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let html = try fixture.read("faq/index.html")
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        )
        #expect(json["@type"] as? String == "FAQPage")
        let questions = try #require(json["mainEntity"] as? [[String: Any]])
        #expect(questions.map { $0["name"] as? String } == ["How do credits work?", "Where are downloads?"])
        let answer = (questions[0]["acceptedAnswer"] as? [String: Any])?["text"] as? String
        #expect(answer == "<p>Each generation <strong>uses credits</strong>.</p>")
        #expect(html.contains("<h2 id=\"how-do-credits-work\">How do credits work? <a class=\"anchor\" href=\"#how-do-credits-work\""))
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("draft").path))
        #expect(!(try fixture.read("sitemap.xml")).contains("draft"))
        _ = try fixture.build(drafts: true)
        #expect(try fixture.read("draft/index.html").contains("Unfinished."))
    }

    @Test func aLinkToADraftNamesTheRemedyNotAnOption() throws {
        let fixture = try SiteFixture(Self.site)
        try fixture.write("---\ntitle: Soon\n---\nSee [the draft](draft.md).\n", to: "content/links-draft.md")
        let report = try fixture.build()
        let error = try #require(report.diagnostics.first { $0.location.file == "content/links-draft.md" })
        #expect(error.description == "content/links-draft.md:4:5: broken link 'draft.md' (the page at '/draft/' is a draft, left out of this build)")
        #expect(error.remedy == .includeDrafts)
        #expect(try fixture.build(drafts: true).diagnostics.allSatisfy { $0.location.file != "content/links-draft.md" })
    }

    @Test func aliasesRedirectToThePage() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let redirect = try fixture.read("old-pricing/index.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../pricing/index.html\">"))
        #expect(redirect.contains("<link rel=\"canonical\" href=\"https://help.example.test/pricing/\">"))
    }

    @Test func writesMetadataSitemapRobotsAndSearchIndex() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let home = try fixture.read("index.html")
        #expect(home.contains("<meta name=\"description\" content=\"Answers for sellers.\">"))
        #expect(home.contains("<link rel=\"canonical\" href=\"https://help.example.test/\">"))
        #expect(home.contains("<meta property=\"og:url\" content=\"https://help.example.test/\">"))
        let sitemap = try fixture.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://help.example.test/pricing/</loc>"))
        #expect(try fixture.read("robots.txt").contains("Sitemap: https://help.example.test/sitemap.xml"))
        let index = try fixture.read("search-index.js")
        #expect(index.hasPrefix("window.PRODUCTSTUDIO_SEARCH = ["))
        #expect(index.contains("\"t\":\"Pricing\"") && index.contains("\"u\":\"pricing/index.html\""))
        #expect(try fixture.read("search/index.html").contains("<script src=\"../search-index.js\"></script>"))
        #expect(try fixture.read("404.html").contains("href=\"/index.html\""))
    }

    @Test func fingerprintsTheThemeAssets() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let assets = try FileManager.default.contentsOfDirectory(atPath: fixture.output.appendingPathComponent("assets").path)
        let css = try #require(assets.first { $0.hasPrefix("style.") && $0.hasSuffix(".css") })
        #expect(css.count == "style.".count + 12 + ".css".count)
        #expect(try fixture.read("index.html").contains("<link rel=\"stylesheet\" href=\"./assets/\(css)\">"))
    }

    @Test func anImageWithoutAltTextIsAWarning() throws {
        let fixture = try SiteFixture(Self.site)
        let report = try fixture.build()
        #expect(report.succeeded)
        #expect(report.lines == ["content/images.md:5:1: warning: image 'shot.png' has no alt text"])
    }

    @Test func relativeLinksToMarkdownBecomeLinksToPages() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        #expect(
            try fixture.read("index.html").contains(
                "<a href=\"./pricing/index.html\">pricing</a> and the <a href=\"./faq/index.html#how-do-credits-work\">FAQ</a>"
            )
        )
    }

    @Test func aLinkColumnShowsItsURLsAsLinksAndRefusesOtherSchemes() throws {
        let fixture = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            ---
            ```data terms
            ```
            -- content/data/terms.yml --
            columns:
              - {key: name, title: Name}
              - {key: url, title: Source, link: true}
            rows:
              - {name: Shop, url: "https://www.example.com/terms?a=1&b=2"}
            """
        )
        #expect(try fixture.build().errors == [])
        #expect(
            try fixture.read("index.html").contains("<td>Shop</td><td><a href=\"https://www.example.com/terms?a=1&amp;b=2\">example.com</a></td>")
        )
        try fixture.write(
            "columns:\n  - {key: url, title: Source, link: true}\nrows:\n  - {url: \"javascript:alert(1)\"}\n",
            to: "content/data/terms.yml"
        )
        #expect(
            try fixture.build().errors == ["content/data/terms.yml:4:11: 'url' is a link column: 'javascript:alert(1)' is not an http or https URL"]
        )
    }
}
