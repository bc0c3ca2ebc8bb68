import Foundation
import StudioCore
import StudioTestSupport
import Testing

@Suite struct AssetFileNameTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 30)!

    @Test(
        arguments: [
            ("MUG-01_20261120_main.jpg", "MUG-01", "2026-11-20", "main", nil, "jpg"),
            ("MUG-01_20261120_main-image_2.png", "MUG-01", "2026-11-20", "main-image", 2, "png"),
            ("a.b_20240229_lifestyle_17.webp", "a.b", "2024-02-29", "lifestyle", 17, "webp"),
            ("X_20261130_ad.v2.mp4", "X", "2026-11-30", "ad.v2", nil, "mp4"),
            ("主图_20261130_ad.jpg", "主图", "2026-11-30", "ad", nil, "jpg"),
            ("MÜG-01_20261120_कि_3.jpg", "MÜG-01", "2026-11-20", "कि", 3, "jpg"),
        ] as [(String, String, String, String, Int?, String)]
    )
    func readsNamesThatFollowTheConvention(
        name: String,
        sku: String,
        date: String,
        useCase: String,
        counter: Int?,
        ext: String
    )
        throws
    {
        let parsed = try AssetFileName.parse(name, today: Self.today)
        #expect(parsed.sku == sku)
        #expect(parsed.date.description == date)
        #expect(parsed.useCase == useCase)
        #expect(parsed.counter == counter)
        #expect(parsed.pathExtension == ext)
        #expect(parsed.fileName == name)
    }

    @Test(arguments: [
        ("MUG-01_20260230_main.jpg", AssetFileNameProblem.badDate("20260230")),
        ("MUG-01_20261301_main.jpg", .badDate("20261301")),
        ("MUG-01_2026113_main.jpg", .badDate("2026113")),
        ("MUG-01_20261201_main.jpg", .futureDate(CalendarDay(year: 2026, month: 12, day: 1)!, today: today)),
        ("MUG-01_20261120.jpg", .partCount(2)),
        ("MUG-01_20261120_.jpg", .emptyPart),
        ("MUG-01_20261120_main_1.jpg", .counterOne),
        ("MUG-01_20261120_main_02.jpg", .leadingZero("02")),
        ("MUG-01_20261120_main_x.jpg", .badCounter("x")),
        ("MUG-01_20261120_main.JPG", .extensionNotLowercase("JPG")),
        ("MUG-01_20261120_main", .noExtension),
        ("MUG+01_20261120_main.jpg", .badCharacters(.sku, "MUG+01")),
        (".MUG_20261120_main.jpg", .leadingDot(".MUG")),
        ("MUG_20261120_🙂.jpg", .badCharacters(.useCase, "🙂")),
        ("MUG__20261120_main.jpg", .emptyPart),
        ("_20261120_main.jpg", .emptyPart),
        ("MUG-01_20261120_main image.jpg", .badCharacters(.useCase, "main image")),
        ("MUG-01_20261120_main_2_3.jpg", .partCount(5)),
    ])
    func namesThatBreakTheConventionSayWhichPartAndWhy(name: String, problem: AssetFileNameProblem) {
        #expect(throws: problem) { try AssetFileName.parse(name, today: Self.today) }
        #expect(!problem.description.isEmpty)
    }

    @Test func everyNameADownloadWritesFollowsTheConvention() throws {
        let studio = try TestStudio(balance: 500)
        let source = try TemporaryFolder()
        let target = try TemporaryFolder()
        for (sku, useCase) in [("MUG-01", "main image"), ("A+B 7", "lifestyle"), ("ü_x", "ad_v2"), (" Tee.v2 ", "MAIN"), ("主图", "広告")] {
            let files = try (1...3).map { try source.write("\(sku.hashValue)-\($0).JPG", Data("\(sku)\($0)".utf8)) }
            let task = try studio.history.start(
                GenerationRequest(kind: .images(.standard, count: files.count), sku: sku, useCase: useCase),
                for: studio.email
            ).task
            try studio.history.complete(task, outputs: files, for: studio.email)
            for _ in 0..<2 {
                for file in try studio.history.download(task, of: studio.email, to: target.url) {
                    let parsed = try AssetFileName.parse(file.url.lastPathComponent, today: CalendarDay(Date()))
                    #expect(parsed.fileName == file.url.lastPathComponent)
                }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.url.path).count == 15)
    }

    @Test(arguments: [
        (".", "-"), ("..hidden", "-.hidden"), (" 主 图 ", "主-图"), ("e\u{301}", "é"), ("a/b\\c", "a-b-c"), ("tab\tx", "tab-x"),
    ])
    func conventionTextNeverStartsANameWithADot(text: String, expected: String) {
        #expect(AssetFileName.conventionText(text) == expected)
    }
}
