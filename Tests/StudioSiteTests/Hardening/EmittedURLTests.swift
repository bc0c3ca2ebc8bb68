import Foundation
import Testing

/// Names and links a careless writer or an attacker can give: folders and pages named like script URLs,
/// names with `#`, `?`, `%` and spaces.
///
/// Every URL the builder writes is read back as a browser reads it.
@Suite struct EmittedURLTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        ---
        [evil](javascript%3Ax/_index.md) [evil page](./javascript:alert(2).md) [sharp](c%23.md#top)
        [what](what%3F.md) [percent](a%2541.md) [space](my%20page.md) [plain](<my page.md>)

        ![shot](img%20dir/shot%20%231.png)
        -- content/javascript:alert(1)/_index.md --
        ---
        title: Evil section
        ---
        Back [home](../_index.md).
        -- content/javascript:alert(1)/inside.md --
        ---
        title: Inside
        aliases: ["old#name", "javascript:alert(3)"]
        ---
        Up to [the section](./) and [its sibling](../javascript%3Ax/_index.md).
        -- content/javascript:x/_index.md --
        ---
        title: X
        ---
        -- content/javascript:alert(2).md --
        ---
        title: Evil page
        ---
        -- content/c#.md --
        ---
        title: C sharp
        ---
        ## Top
        -- content/what?.md --
        ---
        title: What
        ---
        -- content/a%41.md --
        ---
        title: Percent
        ---
        -- content/my page.md --
        ---
        title: My page
        ---
        -- content/img dir/shot #1.png --
        PNG
        """

    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    @Test func noEmittedURLHasAScriptScheme() throws {
        let fixture = try SiteFixture(Self.site)
        let report = try fixture.build()
        #expect(report.errors == [])
        let urls = try EmittedURL.all(in: fixture.output)
        #expect(urls.count > 50)
        let schemes = urls.filter { $0.scheme.map { !Self.allowedSchemes.contains($0) } ?? false }
        #expect(schemes.map(\.description) == [])
    }

    @Test func everyRelativeURLStartsWithADotSegmentOrIsAFragment() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let loose = try EmittedURL.all(in: fixture.output).filter { url in
            url.scheme == nil && url.file != "404.html"
                && !["./", "../", "#", "?"].contains { url.url.hasPrefix($0) } && !url.url.hasPrefix("//")
        }
        #expect(loose.map(\.description) == [])
    }

    @Test func everyRelativeURLOpensAFileOfTheSite() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let files = Set(try SiteFixture.snapshot(of: fixture.output).keys)
        let urls = try EmittedURL.all(in: fixture.output)
        let broken = urls.filter { $0.target.map { !files.contains($0) } ?? false }
        #expect(broken.map(\.description) == [])
        let home = urls.filter { $0.file == "index.html" }.compactMap(\.target)
        for page in [
            "c#/index.html", "what?/index.html", "a%41/index.html", "my page/index.html", "img dir/shot #1.png",
            "javascript:x/index.html", "javascript:alert(2)/index.html",
        ] {
            #expect(home.contains(page), "the home page links to \(page)")
        }
    }

    @Test func sitemapLocationsAreEncodedURLs() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let sitemap = try fixture.read("sitemap.xml")
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        #expect(locations.count == 9)
        let uriCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$'()*+,;=:@%/")
        for location in locations {
            let url = location.replacingOccurrences(of: "&amp;", with: "&")
            #expect(url.hasPrefix("https://help.example.test/"), "\(location)")
            #expect(url.unicodeScalars.allSatisfy { uriCharacters.contains($0) || $0 == "&" }, "\(location)")
        }
        #expect(locations.contains("https://help.example.test/c%23/"))
        #expect(locations.contains("https://help.example.test/my%20page/"))
    }
}
