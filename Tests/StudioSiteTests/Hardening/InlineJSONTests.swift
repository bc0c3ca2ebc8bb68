import Foundation
import Testing

@testable import StudioSite

/// JSON placed inside HTML (the FAQ's JSON-LD) or loaded as a script (the search index) carries no
/// `<`, `>` or `&` that an HTML parser could read as markup: a question about `<script>` or `<!--`
/// must not swallow the rest of its page.
@Suite struct InlineJSONTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        faq: true
        ---
        ## How do I add a `<script>` tag?

        Write `<!-- <script>` and `</script>` & friends in a code span.

        ## Can I write `<!--` in a question?

        Yes.

        The end of the page.
        """

    @Test func faqStructuredDataIsPlainJSONThatClosesItsScript() throws {
        let fixture = try SiteFixture(Self.site)
        #expect(try fixture.build().errors == [])
        let html = try fixture.read("index.html")
        let opening = "<script type=\"application/ld+json\">"
        let start = try #require(html.range(of: opening)).upperBound
        let end = try #require(html[start...].range(of: "</script>")).lowerBound
        let json = html[start..<end]
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let questions = (document["mainEntity"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(questions == ["How do I add a <script> tag?", "Can I write <!-- in a question?"])
        #expect(html[end...].contains("The end of the page."))
        #expect(html[end...].contains("<main"), "the page's body comes after the structured data")
    }

    @Test func searchIndexEscapesMarkupCharacters() throws {
        let fixture = try SiteFixture(Self.site)
        _ = try fixture.build()
        let script = try fixture.read("search-index.js")
        let json = script.drop { $0 != "[" }.dropLast(2)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        #expect(entries.first?["h"] == "How do I add a <script> tag? · Can I write <!-- in a question?")
    }
}

@Suite struct ScriptSafeJSONTests {
    @Test(arguments: [
        (#"{"a":"</script><!--<script>"}"#, #"{"a":"\u003c/script\u003e\u003c!--\u003cscript\u003e"}"#),
        (#"{"a":"Tom & Jerry"}"#, #"{"a":"Tom \u0026 Jerry"}"#),
        ("{\"a\":\"line\u{2028}para\u{2029}end\"}", #"{"a":"line\u2028para\u2029end"}"#),
        (#"{"a":"café — ok"}"#, #"{"a":"café — ok"}"#),
    ])
    func escapesMarkupInsideStrings(json: String, expected: String) throws {
        #expect(HTML.scriptSafe(json) == expected)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        let escaped = try JSONSerialization.jsonObject(with: Data(HTML.scriptSafe(json).utf8)) as? [String: String]
        #expect(original == escaped)
    }
}
