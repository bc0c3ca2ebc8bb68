import Foundation
import StudioTestSupport
import Testing

@testable import StudioSite

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Set up", "set-up"),
        ("What to do when credits are insufficient", "what-to-do-when-credits-are-insufficient"),
        ("Are failed generations always refunded?", "are-failed-generations-always-refunded"),
        ("Use `--dry-run` safely", "use---dry-run-safely"),
        ("Crédits & café", "crédits--café"),
        ("snake_case stays", "snake_case-stays"),
        ("Step 2:\tUpload (JPEG/PNG)", "step-2upload-jpegpng"),
    ])
    func slugs(text: String, slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }

    @Test func repeatedHeadingsGetNumberedIds() {
        var slugger = HeadingSlugger()
        #expect(["FAQ", "FAQ", "FAQ", "FAQ-1", "!!!"].map { slugger.uniqueSlug($0) } == ["faq", "faq-1", "faq-2", "faq-1-1", "section"])
    }

    /// `x 1` … `x N` take `x-1` … `x-N`; the `x` headings after them go on from there (the benchmark
    /// runs this with 20,000 of each, which took over a minute when each search started again at 1).
    @Test func numberedHeadingsThenRepeatsAllGetDistinctIds() {
        var slugger = HeadingSlugger()
        let count = 2_000
        let ids = (1...count).map { slugger.uniqueSlug("x \($0)") } + (1...count).map { _ in slugger.uniqueSlug("x") }
        #expect(Set(ids).count == 2 * count)
        #expect(Array(ids[count...].prefix(3)) == ["x", "x-2001", "x-2002"])
    }
}

@Suite struct SitePathTests {
    @Test(
        arguments: [
            ("a/./b/../c.md", "a/c.md"), ("a/b/", "a/b/"), ("../x", nil), ("/a//b", "a/b"), ("a/..", ""), ("a/../", ""),
            ("é/./ü/", "é/ü/"), ("a/.../b", "a/.../b"), ("a/..b/.c", "a/..b/.c"), ("a/b/../../..", nil), ("./", ""),
            ("a/b/c/../../d", "a/d"),
        ] as [(String, String?)]
    )
    func normalizes(path: String, expected: String?) {
        #expect(SitePath.normalize(path) == expected)
    }

    @Test(arguments: [
        ("", "index.html", "./index.html"),
        ("", "pricing/index.html", "./pricing/index.html"),
        ("pricing/", "index.html", "../index.html"),
        ("resources/manual/", "resources/faq/index.html", "../faq/index.html"),
        ("resources/manual/", "resources/manual/index.html", "./index.html"),
        ("a/b/c/", "a/x/index.html", "../../x/index.html"),
        ("ab/", "a/index.html", "../a/index.html"),
        ("", "javascript:alert(1)/index.html", "./javascript%3Aalert(1)/index.html"),
        ("c#/", "what?/my page/a%41.png", "../what%3F/my%20page/a%2541.png"),
    ])
    func relativeURLs(from: String, to: String, expected: String) {
        #expect(SitePath.relative(fromURLPath: from, to: to) == expected)
    }

    @Test(arguments: [
        ("guides/setup/", "guides/setup/"), ("c#/", "c%23/"), ("my page/", "my%20page/"), ("a%41", "a%2541"),
        ("what?", "what%3F"), ("crédits/", "cr%C3%A9dits/"), ("x:y", "x%3Ay"), ("a\"b<c>", "a%22b%3Cc%3E"),
        ("keep-._~!$&'()*+,;=@", "keep-._~!$&'()*+,;=@"),
    ])
    func encodesEachSegment(path: String, expected: String) {
        #expect(SitePath.encoded(path) == expected)
        #expect(SitePath.encoded(path).removingPercentEncoding == path)
    }
}

@Suite struct URLSafetyTests {
    @Test(arguments: [
        ("https://example.com", false, true), ("mailto:help@example.com", false, true), ("guide.md", false, true),
        ("javascript:alert(1)", false, false), ("JaVaScRiPt:alert(1)", false, false), ("java\tscript:alert(1)", false, false),
        (" javascript:alert(1)", false, false), ("vbscript:msgbox", false, false), ("file:///etc/passwd", false, false),
        ("data:text/html;base64,PHNjcmlwdD4=", false, false), ("data:image/png;base64,iVBO", true, true),
        ("data:image/png;base64,iVBO", false, false), ("data:image/svg+xml;base64,PHN2Zz4=", true, false),
        ("tel:+15550100", false, false), ("intent://x#Intent;end", false, false), ("HTTPS://example.com", false, true),
        ("//cdn.example.com/x.png", true, true), ("#top", false, true),
    ])
    func decides(url: String, isImage: Bool, allowed: Bool) {
        #expect(URLSafety.isAllowed(url, isImage: isImage) == allowed)
    }
}

@Suite struct FrontMatterParserTests {
    private func parse(_ text: String) -> (FrontMatterParser.Parts?, [String]) {
        var diagnostics = DiagnosticList()
        let parts = FrontMatterParser(file: "content/a.md").parse(text, diagnostics: &diagnostics)
        return (parts, diagnostics.items.map(\.description))
    }

    @Test func readsEveryField() throws {
        let (parts, problems) = parse(
            """
            ---
            title: "Pricing"
            description: Costs
            weight: 2
            draft: true
            aliases: [/old-pricing/]
            related:
              - faq.md
            unsafe_html: true
            faq: true
            label: Guide
            ---
            Body
            """
        )
        let front = try #require(parts?.frontMatter)
        #expect(problems.isEmpty)
        #expect(front.title == "Pricing" && front.description == "Costs" && front.weight == 2 && front.draft)
        #expect(front.aliases == [Located(value: "/old-pricing/", line: 6)])
        #expect(front.related == [Located(value: "faq.md", line: 8)])
        #expect(front.unsafeHTML && front.faq && front.label == "Guide")
        #expect(parts?.body == "Body")
        #expect(parts?.bodyStartLine == 13)
    }

    @Test func aPageWithoutFrontMatterIsAllBody() {
        let (parts, problems) = parse("# Hello\n")
        #expect(problems.isEmpty)
        #expect(parts?.body == "# Hello\n" && parts?.bodyStartLine == 1)
    }

    @Test func readsWindowsLineEndingsAndSpacesAfterTheDelimiters() throws {
        let (parts, problems) = parse("--- \r\ntitle: Pricing\r\ndescription: Costs\r\n...\t\r\n# Plans\r\n")
        #expect(problems.isEmpty)
        let front = try #require(parts?.frontMatter)
        #expect(front.title == "Pricing" && front.description == "Costs")
        #expect(parts?.body == "# Plans\r\n" && parts?.bodyStartLine == 5)
    }

    @Test(arguments: [
        ("---\ntitle: [unclosed\n---\n", "content/a.md:3:1: bad front matter: did not find expected ',' or ']'"),
        ("---\ntitle: x\nweight: heavy\n---\n", "content/a.md:3:9: 'weight' must be a whole number, not 'heavy'"),
        ("---\ndraft: maybe\n---\n", "content/a.md:2:8: 'draft' must be true or false, not 'maybe'"),
        ("---\ndraft: \"true\"\n---\n", "content/a.md:2:8: 'draft' must be true or false, not 'true'"),
        ("---\ndraft: tRUE\n---\n", "content/a.md:2:8: 'draft' must be true or false, not 'tRUE'"),
        ("---\nrelated: faq.md\n---\n", "content/a.md:2:10: 'related' must be a list"),
        ("---\ntitle: x\n", "content/a.md:1: front matter opened with '---' is never closed"),
        ("---\n- a\n- b\n---\n", "content/a.md:2:1: front matter must be a mapping of keys to values"),
    ])
    func reportsErrorsAtTheirLine(text: String, message: String) {
        let (parts, problems) = parse(text)
        #expect(parts == nil)
        #expect(problems == [message])
    }

    @Test(arguments: [("yes", true), ("On", true), ("TRUE", true), ("no", false), ("Off", false), ("False", false)])
    func readsYAMLBooleans(word: String, value: Bool) throws {
        let (parts, problems) = parse("---\ntitle: yes\ndescription: 2024\ndraft: \(word)\n---\n")
        #expect(problems.isEmpty)
        let front = try #require(parts?.frontMatter)
        #expect(front.draft == value && front.title == "yes" && front.description == "2024")
    }

    @Test func warnsAboutUnknownKeys() {
        let (parts, problems) = parse("---\ntitel: Typo\n---\n")
        #expect(parts != nil)
        #expect(problems == ["content/a.md:2:1: warning: unknown front matter key 'titel'"])
    }
}

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersEvenBeforeACombiningMark() {
        #expect(HTMLEscaping().escapeText("a\"\u{301}<b>&'é") == "a&quot;\u{301}&lt;b&gt;&amp;&#39;é")
    }

    @Test func templatesEscapeVariablesWithIt() throws {
        var diagnostics = DiagnosticList()
        let temporary = try TemporaryFolder("escaping")
        let folder = temporary.url
        try "{{title}}|{{{title}}}\n".write(to: folder.appendingPathComponent("t.mustache"), atomically: true, encoding: .utf8)
        let templates = TemplateSet(folder: folder, files: ["t.mustache"], diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(
            templates.render(["title": "Fish & \"Chips\"\u{301}"], template: "t") == "Fish &amp; &quot;Chips&quot;\u{301}|Fish & \"Chips\"\u{301}\n"
        )
    }
}

@Suite struct SearchIndexTests {
    @Test func entriesEncodedOneByOneJoinIntoTheSameJSONAsOneArray() throws {
        let entries = (0..<1_234).map { number in
            SearchIndex.Entry(t: "Page \(number) \"quoted\"", u: "p/\(number)/index.html", s: "S", d: "</script>", h: "A · B", x: "é")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let whole = String(decoding: try encoder.encode(entries), as: UTF8.self)
        #expect(SearchIndex.script(SearchIndex.encoded(entries)) == Array("window.PRODUCTSTUDIO_SEARCH = \(HTML.scriptSafe(whole));\n".utf8))
        #expect(SearchIndex.script(SearchIndex.encoded([])) == Array("window.PRODUCTSTUDIO_SEARCH = [];\n".utf8))
    }
}
