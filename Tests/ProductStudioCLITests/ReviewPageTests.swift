import Foundation
import Testing

/// `productstudio check --format html`: the review page's content.
///
/// Its behaviour in a browser (filters, the checklist kept over a reload, the W3C checker) is
/// `scripts/check-review.py`'s.
@Suite struct ReviewPageTests {
    /// A failing main image (product too small), a passing alt image, one with a warning, and a video, with the
    /// review page of their check against Amazon.
    private func review() throws -> (CheckSandbox, String) {
        let sandbox = try CheckSandbox()
        try sandbox.image("shots/MUG-01_20261120_main.jpg", 1000, 1000, product: (200, 200))
        try sandbox.image("shots/MUG-01_20261120_alt.jpg", 1600, 1200, product: (800, 600))
        try sandbox.image("shots/MUG-01_20261120_lifestyle.jpg", 800, 800)
        try sandbox.video("shots/MUG-01_20261120_video.mp4", 640, 360)
        let result = try sandbox.run("check", "shots", "--profile", "amazon", "--format", "html", "--output", "review.html")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the report is in review.html"))
        let page = try String(contentsOf: sandbox.folder.appendingPathComponent("review.html"), encoding: .utf8)
        return (sandbox, page)
    }

    /// Every match of `pattern`'s first group in `text`.
    private func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try Regex(pattern)
        return text.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test func thePageIsOneFileThatFetchesNothing() throws {
        let (_, page) = try review()
        for fetch in ["<link", "src=\"http", "<script src", "url(", "@import", "fetch(", "XMLHttpRequest", "<iframe"] {
            #expect(!page.contains(fetch), "the page must not load anything: \(fetch)")
        }
        let sources = try matches(#"<img src="([^"]{0,40})"#, in: page)
        #expect(sources.count == 4)
        #expect(sources.allSatisfy { $0.hasPrefix("data:image/jpeg;base64,/9j/") }, "inline JPEG thumbnails")
        #expect(page.contains("<style>") && page.contains("<script>"))
    }

    @Test func theHeaderSaysWhatWasCheckedWhenAndTheCounts() throws {
        let (_, page) = try review()
        #expect(page.contains("<h1>4 files: 1 fail, 1 with warnings, 2 pass</h1>"))
        #expect(page.contains("<p class=\"lead\">Checked on 2026-11-30 at 12:00 UTC against Amazon.</p>"))
        #expect(page.contains("<div class=\"summary-fail\"><dt>Failed</dt><dd>1</dd></div>"))
        #expect(page.contains("Amazon has no video rules: 1 video got the house rules only."))
    }

    @Test func cardsComeFailuresFirstKeyedByTheFilesSHA256() throws {
        let (sandbox, page) = try review()
        let names = try matches(#"class="file-name">([^<]+)<"#, in: page)
        #expect(names == ["MUG-01_20261120_main.jpg", "MUG-01_20261120_lifestyle.jpg", "MUG-01_20261120_alt.jpg", "MUG-01_20261120_video.mp4"])
        #expect(try matches(#"<li class="review-card" id="file-\d+" data-status="(\w+)""#, in: page) == ["fail", "warn", "pass", "pass"])
        let hashes = try sandbox.hashes(under: "shots")
        let keys = try matches(#"<li class="review-card" [^>]* data-key="([0-9a-f]+)""#, in: page)
        #expect(keys == names.map { hashes["shots/" + $0] ?? "" })
        let sizes = try matches(#"base64,[^"]+" width="(\d+" height="\d+)""#, in: page)
        #expect(
            sizes == ["250\" height=\"250", "200\" height=\"200", "200\" height=\"150", "320\" height=\"180"],
            "the reduced decode, at most 320 px"
        )
    }

    @Test func aMainImageShowsTheMeasuredProductBoxAndAVideoItsFirstFrame() throws {
        let (_, page) = try review()
        #expect(page.contains(#"<svg class="overlay" viewBox="0 0 1000 1000""#))
        #expect(page.contains(#"x="400" y="400" width="200" height="200"/>"#), "the product box in full-size pixels")
        #expect(page.contains("Dashed box: the product as measured, 20% of the frame."))
        #expect(try matches(#"<svg (class)="overlay""#, in: page).count == 1, "only the main image with a product-fill finding")
        #expect(page.contains(#"alt="First frame of MUG-01_20261120_video.mp4""#))
        #expect(page.contains(#"alt="Preview of MUG-01_20261120_alt.jpg""#))
        #expect(page.contains("640 × 360 px · 1.78:1 · MP4 · h264 · 1 s · 30 fps"))
    }

    @Test func findingsLinkTheirSourceAndEveryFileHasTheChecklist() throws {
        let (_, page) = try review()
        #expect(page.contains(#"<code>product-fill</code> the product fills 20% of the frame"#))
        #expect(
            page.contains(
                #"<a href="https://sellercentral.amazon.com/forums/t/policy-enforcement-for-main-image/404581/2" rel="noopener noreferrer" target="_blank">Source</a>"#
            )
        )
        for item in ["product-accuracy", "text-and-logo", "platform-rules", "ad-compliance", "file-management"] {
            #expect(try matches(#"<input type="checkbox" value="(\#(item))">"#, in: page).count == 5, "4 files and the batch")
        }
    }

    @Test func theLookIsTheHelpSitesTheme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let site = try String(contentsOf: root.appendingPathComponent("templates/assets/style.css"), encoding: .utf8)
        let review = try String(
            contentsOf: root.appendingPathComponent("Sources/StudioCheck/Reports/Review/ReviewTemplate/review.css"),
            encoding: .utf8
        )
        /// The bodies of the `:root` blocks that set the theme's colours: light, then dark.
        func palette(_ css: String) -> [String] {
            css.components(separatedBy: ":root {").dropFirst().compactMap { block in
                let body = block.components(separatedBy: "}").first ?? ""
                return body.contains("--bg:") ? body : nil
            }
        }
        #expect(palette(site).count == 2)
        #expect(palette(review) == palette(site))
        let base = try #require(review.range(of: "*, *::before").map { review[$0.lowerBound...] }?.components(separatedBy: ".site-header").first)
        for line in base.split(separator: "\n") { #expect(site.contains(line), "the site's rule: \(line)") }
    }
}
