import Testing

@testable import StudioSite

/// Raw HTML a page lets through with `unsafe_html: true` is read the way a browser reads it (every
/// character reference decoded, tabs, line breaks and controls dropped) before any URL in it is judged.
@Suite struct RawHTMLVettingTests {
    @Test(
        arguments: [
            // Named character references, which the first check did not decode.
            (#"<a href="javascript&colon;alert(1)">x</a>"#, "'javascript:' URL in 'href'"),
            (#"<a href="java&Tab;script:alert(1)">x</a>"#, "'javascript:' URL in 'href'"),
            (#"<a href="java&NewLine;script&colon;alert(1)">x</a>"#, "'javascript:' URL in 'href'"),
            (#"<a href="&#x6A;avascript&#58alert(1)">x</a>"#, "'javascript:' URL in 'href'"),
            (#"<a href="&#0000106avascript:alert(1)">x</a>"#, "'javascript:' URL in 'href'"),
            (#"<a href=" &#x09; javascript:alert(1)">x</a>"#, "'javascript:' URL in 'href'"),
            (#"<iframe src="javascript&colon;alert(1)"></iframe>"#, "'javascript:' URL in 'src'"),
            (#"<A HREF=JaVaScRiPt:alert(1)>x</A>"#, "'javascript:' URL in 'href'"),
            (#"<a title='x' href = 'vbscript:msgbox'>x</a>"#, "'vbscript:' URL in 'href'"),
            // data: URLs that are not images, in every URL-bearing attribute.
            (#"<iframe src="data:text/html,<script>alert(1)</script>"></iframe>"#, "'data:text/html' URL in 'src'"),
            (#"<object data="data:text/html;base64,PHNjcmlwdD4="></object>"#, "'data:text/html' URL in 'data'"),
            (#"<embed src="DATA:image/svg+xml,<svg onload=alert(1)>">"#, "'data:image/svg+xml' URL in 'src'"),
            (#"<form action="javascript:alert(1)"><button>go</button></form>"#, "'javascript:' URL in 'action'"),
            (#"<button formaction="javascript:alert(1)">go</button>"#, "'javascript:' URL in 'formaction'"),
            (#"<video poster="javascript:alert(1)"></video>"#, "'javascript:' URL in 'poster'"),
            (#"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#, "'javascript:' URL in 'xlink:href'"),
            (#"<img srcset="ok.png 1x, javascript:alert(1) 2x" alt="x">"#, "'javascript:' URL in 'srcset'"),
            (#"<img srcset="data:image/png;base64,AAAA 1x, data:text/html,x 2x" alt="x">"#, "'data:text/html' URL in 'srcset'"),
            // A script URL set by SVG animation or a refresh, outside the URL attributes.
            (#"<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>"#, "'javascript:' URL in 'to'"),
            (#"<meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#, "'javascript:' URL in 'content'"),
            // Markup a later node could finish: the tag is left open.
            (#"<div title="never closed"#, "ends inside a tag"),
            // Fine.
            (#"<a href="https://example.com/?q=1&amp;r=2">x</a>"#, nil),
            (#"<img src="data:image/png;base64,iVBORw0KGgo=" srcset="a.png 1x, b.png 2x" alt="x">"#, nil),
            (#"<a href="mailto:help@example.com">mail</a> <a href="../pricing/">prices</a>"#, nil),
            (#"<p>Never paste a javascript: URL into the address bar.</p>"#, nil),
            (#"<!-- <a href="javascript:alert(1)">old</a> -->"#, nil),
            (#"<div class="note">Hello</div>"#, nil),
            (#"<a href="&ampx">legacy reference before a letter stays as written</a>"#, nil),
        ] as [(String, String?)]
    )
    func judgesRawHTML(html: String, expected: String?) {
        let problem = RawHTMLVetting.problems(in: html).first?.message
        if let expected {
            #expect(problem?.contains(expected) == true, "\(problem ?? "nothing found")")
        } else {
            #expect(problem == nil)
        }
    }

    @Test(arguments: [
        ("&colon;", ":"), ("&Tab;", "\t"), ("&amp;&lt;&gt;", "&<>"), ("&ampx", "&ampx"), ("&amp x", "& x"),
        ("&notin;", "∉"), ("&notit;", "&notit;"), ("&not it", "¬ it"), ("&#106;&#x6A;&#X6a", "jjj"), ("&#0;", "\u{FFFD}"), ("&#x80;", "€"),
        ("&#1114112;", "\u{FFFD}"), ("&nosuch;", "&nosuch;"), ("&", "&"), ("&#;", "&#;"), ("&CounterClockwiseContourIntegral;", "∳"),
    ])
    func decodesAttributeValuesAsBrowsersDo(encoded: String, decoded: String) {
        #expect(CharacterReferences.decodeAttributeValue(encoded) == decoded)
    }

    @Test func reportsTheLineOfTheTagInABlock() throws {
        let site = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            unsafe_html: true
            ---
            Fine <b>bold</b>.

            <div class="card">
            <p>Text</p>
            <a href="javascript&colon;alert(1)">x</a>
            </div>

            <iframe src="data:text/html,hi"></iframe>
            """
        )
        let report = try site.build()
        #expect(
            report.errors == [
                "content/_index.md:9: raw HTML contains a 'javascript:' URL in 'href', which is never published",
                "content/_index.md:12:1: raw HTML contains a 'data:text/html' URL in 'src', which is never published",
            ]
        )
    }
}
