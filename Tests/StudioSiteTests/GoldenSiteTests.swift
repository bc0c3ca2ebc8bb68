import Foundation
import Testing

/// Builds a small site with the repository's theme and compares the whole output folder with `Golden/basic/`.
///
/// A difference is reported with the unified diff of the first differing file. Run with `RECORD_GOLDEN=1` to
/// write the folder anew after an intended change (a recording run fails, so it is never mistaken for a pass).
@Suite struct GoldenSiteTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/basic")

    static let site = """
        -- content/_index.md --
        ---
        title: ProductStudio Help
        description: Help for sellers.
        ---
        Start with the [manual](resources/manual.md) or read the [pricing](pricing.md).
        -- content/resources/_index.md --
        ---
        title: Resources
        weight: 1
        ---
        Manuals and guides.
        -- content/resources/manual.md --
        ---
        title: Credits and history
        description: How credits are used.
        label: Manual
        faq: true
        related: [../pricing.md]
        ---
        ## How credits are used

        ```data pricing
        ```

        ## Steps

        1. Open **Credits Management**.
        2. Buy a ~~plan~~ pack.

        - [x] Checked the ratio
        - [ ] Checked the background

        | Page | What you can do |
        |---|:---:|
        | Dashboard | History |

        ## FAQ

        ### Are failed generations refunded?

        Only eligible ones, see <https://example.com/terms>.
        -- content/pricing.md --
        ---
        title: Pricing
        weight: 2
        ---
        See [how credits are used](resources/manual.md#how-credits-are-used).
        """

    @Test func matchesTheRecordedSite() throws {
        let fixture = try SiteFixture(Self.site)
        let report = try fixture.build()
        #expect(report.lines == [])
        let actual = try SiteFixture.snapshot(of: fixture.output)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            try FileManager.default.copyItem(at: fixture.output, to: Self.golden)
            Issue.record("recorded \(Self.golden.path); run again without RECORD_GOLDEN")
            return
        }
        let expected = try SiteFixture.snapshot(of: Self.golden)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        let differing = expected.keys.sorted().filter { actual[$0] != nil && actual[$0] != expected[$0] }
        if let first = differing.first {
            let diff = try Self.unifiedDiff(of: first, builtIn: fixture.output)
            Issue.record("not as recorded in Golden/basic: \(differing.joined(separator: ", "))\n\(diff)")
        }
    }

    /// `diff -u` of a file of `Golden/basic/` against the same file as built into `output`.
    private static func unifiedDiff(of path: String, builtIn output: URL) throws -> String {
        let diff = Process()
        diff.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        diff.arguments = [
            "-u", "--label", "Golden/basic/\(path)", "--label", "built/\(path)",
            golden.appendingPathComponent(path).path, output.appendingPathComponent(path).path,
        ]
        let pipe = Pipe()
        diff.standardOutput = pipe
        try diff.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        diff.waitUntilExit()
        return text
    }
}
