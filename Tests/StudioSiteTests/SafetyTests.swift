import Foundation
import Testing

@Suite struct SafetyTests {
    @Test func rawHTMLIsShownAsTextUnlessThePageOptsIn() throws {
        let site = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            ---
            <div class="promo">Big <b>sale</b></div>

            Inline <span onclick="steal()">tag</span> here.
            -- content/trusted.md --
            ---
            title: Trusted
            unsafe_html: true
            ---
            <div class="promo">Big <b>sale</b></div>
            """
        )
        let report = try site.build()
        #expect(report.errors == [])
        let home = try site.read("index.html")
        #expect(home.contains("&lt;div class=&quot;promo&quot;&gt;Big &lt;b&gt;sale&lt;/b&gt;&lt;/div&gt;"))
        #expect(home.contains("Inline &lt;span onclick=&quot;steal()&quot;&gt;tag&lt;/span&gt; here."))
        #expect(!home.contains("<span onclick"))
        #expect(try site.read("trusted/index.html").contains("<div class=\"promo\">Big <b>sale</b></div>"))
    }

    @Test func dangerousLinksAreNeverWritten() throws {
        let site = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            ---
            [click](javascript:alert(1)) [vb](VBScript:run) [page](data:text/html,hi) [ok](https://example.com)

            ![pixel](data:image/png;base64,iVBORw0KGgo=) ![bad](data:image/svg+xml,<svg/>)

            <https://example.com/auto> and javascript:alert(2)
            """
        )
        let report = try site.build()
        let home = try site.read("index.html")
        for scheme in ["javascript:", "vbscript:", "VBScript:", "data:text/html", "data:image/svg"] {
            #expect(!home.contains("href=\"\(scheme)") && !home.contains("src=\"\(scheme)"), "\(scheme)")
        }
        #expect(home.contains("<a href=\"https://example.com\">ok</a>"))
        #expect(home.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
        #expect(home.contains("click vb page"), "the link text stays")
        #expect(report.lines.filter { $0.contains("warning: removed unsafe") }.count == 4)
    }

    @Test func trustedRawHTMLMustNotCarryScriptURLs() throws {
        let site = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            unsafe_html: true
            ---
            Fine <b>bold</b>.

            <a href="&#106;avascript:alert(1)">x</a>
            """
        )
        let report = try site.build()
        #expect(report.errors == ["content/_index.md:7:1: raw HTML contains a 'javascript:' URL in 'href', which is never published"])
    }
}
