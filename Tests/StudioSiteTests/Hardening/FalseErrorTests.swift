import Foundation
import Testing

/// Content that is right and was reported as wrong, and errors that did not say where or why.
@Suite struct FalseErrorTests {
    static let site = """
        -- content/_index.md --
        ---
        title: Help
        ---
        Hello.
        """

    @Test func aLinkToASectionFolderIsALinkToItsPage() throws {
        let fixture = try SiteFixture(
            Self.site + """

                -- content/guide.md --
                ---
                title: Guide
                ---
                See [Examples](Examples), [the tools](tools) and [up](.).
                -- content/Examples/_index.md --
                ---
                title: Examples
                ---
                -- content/tools/crop.md --
                ---
                title: Crop
                ---
                """
        )
        let report = try fixture.build()
        #expect(report.errors == [])
        let guide = try fixture.read("guide/index.html")
        #expect(guide.contains("<a href=\"../Examples/index.html\">Examples</a>"))
        #expect(guide.contains("<a href=\"../tools/index.html\">the tools</a>"), "a folder without _index.md is a section too")
        #expect(guide.contains("<a href=\"../index.html\">up</a>"))
    }

    @Test func aLinkToADataFileIsALinkToThePublishedFile() throws {
        let fixture = try SiteFixture(
            Self.site + "\n-- content/plans.md --\n---\ntitle: Plans\n---\nDownload [the plans](data/plans.yml).\n"
                + "-- content/data/plans.yml --\nrows:\n  - {plan: Starter}\n"
        )
        let report = try fixture.build()
        #expect(report.errors == [])
        #expect(try fixture.read("data/plans.yml").hasPrefix("rows:\n  - {plan: Starter}\n"))
    }

    @Test func twoFilesForOneDataSetNameBoth() throws {
        let fixture = try SiteFixture(
            Self.site + "\n-- content/data/plans.yaml --\nrows:\n  - {plan: A}\n-- content/data/plans.yml --\nrows:\n  - {plan: B}\n"
                + "-- content/data/pricing.yml --\nrows:\n  - {plan: C}\n-- content/data/team.plans.yml --\nrows:\n  - {plan: D}\n"
                + "-- content/plans.md --\n---\ntitle: Plans\n---\n```data team.plans\n```\n"
        )
        let report = try fixture.build()
        #expect(
            report.errors == [
                "content/data/plans.yml: data set 'plans' is also defined by content/data/plans.yaml; keep one of the two",
                "content/data/pricing.yml: data set 'pricing' is provided by the program; rename the file",
            ]
        )
    }

    @Test func aBrokenDataSetIsReportedOnceNotOnEveryPageUsingIt() throws {
        let fixture = try SiteFixture(
            Self.site + "\n-- content/data/plans.yml --\nrows: [\n-- content/a.md --\n---\ntitle: A\n---\n```data plans\n```\n"
                + "-- content/b.md --\n---\ntitle: B\n---\n```data plans\n```\n"
        )
        let report = try fixture.build()
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.hasPrefix("content/data/plans.yml:") == true, "\(report.errors)")
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        let fixture = try SiteFixture(Self.site + "\n-- templates/partials/extra.mustache --\nok\n-- content/data/good.yml --\nrows: []\n")
        let bad: [UInt8] = Array("---\ntitle: Caf\u{E9}\n---\nLine one.\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        try Data(bad).write(to: fixture.folder.appendingPathComponent("content/cafe.md"))
        try Data(Array("rows:\n  - {a: ".utf8) + [0xFF, 0x0A]).write(to: fixture.folder.appendingPathComponent("content/data/latin.yml"))
        try Data([0x6F, 0x6B, 0x0A, 0x20, 0xC3]).write(to: fixture.folder.appendingPathComponent("templates/partials/extra.mustache"))
        let report = try fixture.build()
        #expect(
            report.errors == [
                "content/cafe.md:5:4: the file is not valid UTF-8 (byte 0xE9)",
                "content/data/latin.yml:2:9: the file is not valid UTF-8 (byte 0xFF)",
                "templates/partials/extra.mustache:2:2: the file is not valid UTF-8 (byte 0xC3)",
            ]
        )
    }

    @Test func anAutolinkOnAContinuationLineIsReportedAtItsColumn() throws {
        let fixture = try SiteFixture(
            """
            -- content/_index.md --
            ---
            title: Help
            ---
            First line of a paragraph
            and <javascript:alert(1)> here, also [x](javascript:y)
              and indented <vbscript:z> too

            > quoted <tel:+15550100>
            """
        )
        let report = try fixture.build()
        #expect(
            report.lines == [
                "content/_index.md:5:5: warning: removed unsafe link 'javascript:alert(1)'",
                "content/_index.md:5:38: warning: removed unsafe link 'javascript:y'",
                "content/_index.md:6:16: warning: removed unsafe link 'vbscript:z'",
                "content/_index.md:8:10: warning: removed unsafe link 'tel:+15550100'",
            ]
        )
    }
}
