import Foundation
import Testing

/// Every file of the site is claimed once: a page, a content file or an alias that would land where the
/// builder (or another source) writes is an error at the claiming file and line, the same in every build.
@Suite struct OutputClaimTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        ---
        Home.
        -- content/guide.md --
        ---
        title: Guide
        ---
        Text.
        """

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let files: String
        let errors: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "alias over the search page",
            files: "-- content/old.md --\n---\ntitle: Old\naliases: [\"search\"]\n---\n",
            errors: ["content/old.md:3: alias 'search' would overwrite the search page at 'search/index.html'"]
        ),
        Case(
            name: "page over the search page",
            files: "-- content/search.md --\n---\ntitle: Search tips\n---\n",
            errors: ["content/search.md: would overwrite the search page at 'search/index.html'"]
        ),
        Case(
            name: "static file over the home page",
            files: "-- content/index.html --\n<p>mine</p>\n",
            errors: ["content/index.html: would overwrite content/_index.md at 'index.html'"]
        ),
        Case(
            name: "static file over robots.txt",
            files: "-- content/robots.txt --\nUser-agent: *\n",
            errors: ["content/robots.txt: would overwrite the robots file at 'robots.txt'"]
        ),
        Case(
            name: "static file over the sitemap",
            files: "-- content/sitemap.xml --\n<urlset/>\n",
            errors: ["content/sitemap.xml: would overwrite the sitemap at 'sitemap.xml'"]
        ),
        Case(
            name: "alias needing the sitemap's name as a folder",
            files: "-- content/old.md --\n---\ntitle: Old\naliases: [\"sitemap.xml\"]\n---\n",
            errors: ["content/old.md:3: alias 'sitemap.xml' needs a folder at 'sitemap.xml', where the sitemap is written"]
        ),
        Case(
            name: "alias over a page",
            files: "-- content/old.md --\n---\ntitle: Old\naliases: [\"guide\"]\n---\n",
            errors: ["content/old.md:3: alias 'guide' would overwrite content/guide.md at 'guide/index.html'"]
        ),
        Case(
            name: "alias over a content file",
            files: "-- content/old.md --\n---\ntitle: Old\naliases: [\"files\"]\n---\n-- content/files/index.html --\nx\n",
            errors: ["content/old.md:3: alias 'files' would overwrite content/files/index.html at 'files/index.html'"]
        ),
        Case(
            name: "two aliases",
            files: "-- content/a.md --\n---\ntitle: A\naliases: [\"old\"]\n---\n-- content/b.md --\n---\ntitle: B\naliases: [\"old/\"]\n---\n",
            errors: ["content/b.md:3: alias 'old/' would overwrite the alias 'old' of content/a.md at 'old/index.html'"]
        ),
        Case(
            name: "content file in the theme's assets",
            files: "-- content/search-index.js --\nwindow.X = 1;\n",
            errors: ["content/search-index.js: would overwrite the search index at 'search-index.js'"]
        ),
        Case(
            name: "content file standing where a page needs a folder",
            files: "-- content/404.html/x.png --\nPNG\n",
            errors: ["content/404.html/x.png: needs a folder at '404.html', where the not-found page is written"]
        ),
    ]

    @Test(arguments: cases)
    func aPathClaimedTwiceIsAnErrorAtTheClaimingFile(_ test: Case) throws {
        for _ in 0..<3 {
            let fixture = try SiteFixture(Self.site + "\n" + test.files)
            let report = try fixture.build()
            #expect(report.errors == test.errors)
            #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
        }
    }

    @Test func aPageWhereASectionsSecondListingGoesIsAnError() throws {
        var files = Self.site + "\n-- content/guides/_index.md --\n---\ntitle: Guides\n---\n"
        for number in 1...101 { files += "-- content/guides/g\(number).md --\n---\ntitle: G\(number)\n---\n" }
        files += "-- content/guides/page/2.md --\n---\ntitle: Two\n---\n"
        let report = try SiteFixture(files).build()
        #expect(
            report.errors == [
                "content/guides/page/2.md: would overwrite page 2 of the list of content/guides/_index.md at 'guides/page/2/index.html'"
            ]
        )
    }

    @Test func namesThatDifferOnlyInLetterCaseAreAWarningNamingBoth() throws {
        let fixture = try SiteFixture(
            Self.site + "\n-- content/Guide.md --\n---\ntitle: Guide again\n---\n-- content/Logo.png --\nPNG\n-- content/logo.png --\npng\n"
                + "-- content/Docs/a.md --\n---\ntitle: A\n---\n-- content/docs/b.md --\n---\ntitle: B\n---\n"
        )
        let report = try fixture.build()
        #expect(report.errors == [])
        #expect(
            report.lines == [
                "content/docs/b.md: warning: 'docs' differs only in letter case from 'Docs' (content/Docs/a.md); the two are one folder on macOS and Windows",
                "content/guide.md: warning: 'guide' differs only in letter case from 'Guide' (content/Guide.md); the two are one folder on macOS and Windows",
                "content/logo.png: warning: 'logo.png' differs only in letter case from 'Logo.png' (content/Logo.png); the two are one file on macOS and Windows",
            ]
        )
    }

    @Test func twoThemeAssetsWithOneTemplateKeyAreAWarningNotACrash() throws {
        let fixture = try SiteFixture(Self.site + "\n-- templates/assets/style_css --\nnot css\n")
        let report = try fixture.build()
        #expect(
            report.lines == [
                "templates/assets/style_css: warning: its template key 'assets.style_css' already names templates/assets/style.css; rename one of them"
            ]
        )
        #expect(try fixture.read("index.html").contains("href=\"./assets/style."))
    }
}
