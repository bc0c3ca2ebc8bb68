import Foundation
import Testing

/// `productstudio check` end to end on files made at test time.
@Suite struct CheckCommandTests {
    @Test func aDownloadFolderAgainstWalmartSaysWhatToFix() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_main.jpg", 2000, 1600, product: (1800, 1400))
        try sandbox.image("MUG-01_20261120_lifestyle.jpg", 2200, 2200)
        let result = try sandbox.run("check", ".", "--profile", "walmart")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "MUG-01_20261120_main.jpg: error[ratio] ratio 2000x1600 (1.25:1); Walmart wants 1:1: pad or crop it to that shape (walmart)"
            )
        )
        #expect(!result.stdout.contains("MUG-01_20261120_lifestyle.jpg:"), "a passing file is counted, not listed")
        #expect(result.stdout.contains("2 files: 1 passed, 1 failed, 0 with warnings; 1 error, 1 warning against walmart"))
        #expect(result.stdout.contains("Check by eye before publishing: product accuracy, text and logo"))
        let verbose = try sandbox.run("check", ".", "--profile", "walmart", "--verbose")
        #expect(verbose.stdout.contains("MUG-01_20261120_lifestyle.jpg: passed"))
    }

    @Test func withoutAProfileOnlyTheHouseRulesRun() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_main.jpg", 300, 300)
        try sandbox.image("holiday photo.jpg", 301, 300)
        try sandbox.image("MUG-01_20261201_main.png", 302, 300)
        try sandbox.image("MUG-01_20261120_main_1.png", 303, 300)
        try sandbox.write("MUG-01_20261120_zoom.png", Data(try Data(contentsOf: sandbox.folder.appendingPathComponent("MUG-01_20261120_main.jpg"))))
        let report = try sandbox.checkReport(CheckJSON.Report.self, ".", status: 1)
        let assets = report.assetsByPath
        #expect(report.profiles == [])
        #expect(assets["MUG-01_20261120_main.jpg"]?.verdicts == [])
        #expect(assets["MUG-01_20261120_zoom.png"]?.verdicts == ["extension:error", "duplicate:warning"], "same bytes as the earlier .jpg")
        #expect(assets["holiday photo.jpg"]?.verdicts == ["filename:error"])
        #expect(assets["MUG-01_20261201_main.png"]?.verdicts == ["filename:error"])
        #expect(assets["MUG-01_20261120_main_1.png"]?.verdicts == ["filename:error"])
        #expect(assets["MUG-01_20261201_main.png"]?.findings.map(\.message) == ["the date 2026-12-01 is after today (2026-11-30)"])
    }

    @Test func mainImagesAreJudgedOnTheirPixels() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_main.jpg", 1000, 1000, product: (600, 600))
        try sandbox.image("MUG-01_20261120_main_2.jpg", 1000, 1000, product: (920, 920))
        try sandbox.image(
            "MUG-01_20261120_main-image.png",
            1000,
            1000,
            product: (900, 900),
            extra: ["-alpha", "set", "-channel", "A", "-evaluate", "set", "50%", "+channel"]
        )
        try sandbox.image(
            "MUG-01_20261120_lifestyle.jpg",
            1000,
            1000,
            product: (300, 300),
            extra: ["-fill", "gray", "-draw", "rectangle 0,0 999,30"]
        )
        let report = try sandbox.checkReport(CheckJSON.Report.self, ".", "--profile", "amazon", status: 1)
        let assets = report.assetsByPath
        #expect(assets["MUG-01_20261120_main.jpg"]?.verdicts == ["product-fill:error:amazon"])
        #expect(assets["MUG-01_20261120_main_2.jpg"]?.verdicts == [])
        #expect(assets["MUG-01_20261120_main-image.png"]?.verdicts.contains("transparency:error:amazon") == true)
        #expect(assets["MUG-01_20261120_lifestyle.jpg"]?.verdicts == [], "additional images are not judged on pixels")
        #expect(assets["MUG-01_20261120_lifestyle.jpg"]?.facts.pixels == nil, "and not decoded")
        #expect(assets["MUG-01_20261120_main.jpg"]?.facts.pixels != nil, "main images are decoded")
        #expect(assets["MUG-01_20261120_main.jpg"]?.slot == "main")
        #expect(assets["MUG-01_20261120_lifestyle.jpg"]?.slot == "additional")
        let slot = try sandbox.checkReport(CheckJSON.Report.self, "MUG-01_20261120_lifestyle.jpg", "--profile", "amazon", "--slot", "main", status: 1)
        #expect(slot.assetsByPath["MUG-01_20261120_lifestyle.jpg"]?.verdicts == ["background:error:amazon"])
    }

    @Test func sizesAtTheirBoundariesOnRealFiles() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("A_20261120_alt.jpg", 499, 200)
        try sandbox.image("B_20261120_alt.jpg", 500, 200)
        try sandbox.image("C_20261120_alt.jpg", 1000, 200)
        let assets = try sandbox.checkReport(CheckJSON.Report.self, ".", "--profile", "amazon", status: 1).assetsByPath
        #expect(assets["A_20261120_alt.jpg"]?.verdicts == ["min-size:error:amazon"], "a hard limit hides the recommended one")
        #expect(assets["B_20261120_alt.jpg"]?.verdicts == ["min-size:warning:amazon"])
        #expect(assets["C_20261120_alt.jpg"]?.verdicts == [])
    }

    @Test func aFileOfExactlyFiveMegabytesPassesWalmartAndOneByteMoreFails() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("A_20261120_alt.png", 2200, 2200)
        // Pads a PNG to an exact size with a private chunk before IEND (a reader skips it).
        let pad = """
            import sys, struct, zlib
            data = open(sys.argv[1], 'rb').read()
            body_length = int(sys.argv[3]) - len(data) - 12
            chunk = b'prVt' + b'\\0' * body_length
            padded = data[:-12] + struct.pack('>I', body_length) + chunk + struct.pack('>I', zlib.crc32(chunk)) + data[-12:]
            open(sys.argv[2], 'wb').write(padded)
            """
        try sandbox.write("pad.py", Data(pad.utf8))
        try sandbox.tool("python3", "pad.py", "A_20261120_alt.png", "B_20261120_alt.png", "5000000")
        try sandbox.tool("python3", "pad.py", "A_20261120_alt.png", "C_20261120_alt.png", "5000001")
        let assets = try sandbox.checkReport(CheckJSON.Report.self, "B_20261120_alt.png", "C_20261120_alt.png", "--profile", "walmart", status: 1)
            .assetsByPath
        #expect(assets["B_20261120_alt.png"]?.verdicts == [])
        #expect(assets["C_20261120_alt.png"]?.verdicts == ["file-size:error:walmart"])
        #expect(assets["B_20261120_alt.png"]?.facts.bytes == 5_000_000)
        #expect(assets["C_20261120_alt.png"]?.facts.bytes == 5_000_001)
    }

    @Test func videosAreCheckedWhereTheProfileHasVideoRulesAndSaidOnceWhereNot() throws {
        let sandbox = try CheckSandbox()
        try sandbox.video("MUG-01_20261120_ad.mp4", 320, 240, seconds: 2)
        let tiktok = try sandbox.checkReport(CheckJSON.Report.self, ".", "--profile", "instagram-feed", status: 1)
        #expect(tiktok.assetsByPath["MUG-01_20261120_ad.mp4"]?.verdicts == ["duration:error:instagram-feed", "min-size:error:instagram-feed"])
        let amazon = try sandbox.checkReport(CheckJSON.Report.self, ".", "--profile", "amazon")
        #expect(amazon.notes == ["Amazon has no video rules: 1 video got the house rules only."])
    }

    @Test func theConfigFileSetsProfilesLevelsIgnoredPathsAndUseCases() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_main.jpg", 800, 800, product: (700, 700))
        try sandbox.image("MUG-01_20261120_banner.jpg", 800, 800)
        try sandbox.image("drafts/MUG-01_20261120_alt.jpg", 10, 10)
        try sandbox.write(
            "productstudio.yml",
            Data(
                """
                profiles: [amazon]
                use-cases: [main, alt, lifestyle]
                ignore: ["drafts/**"]
                rules:
                  amazon/min-size: error
                  gps: off

                """.utf8
            )
        )
        let assets = try sandbox.checkReport(CheckJSON.Report.self, ".", status: 1).assetsByPath
        #expect(assets.keys.sorted() == ["MUG-01_20261120_banner.jpg", "MUG-01_20261120_main.jpg"])
        #expect(assets["MUG-01_20261120_main.jpg"]?.verdicts == ["min-size:error:amazon"], "the recommended size made an error")
        #expect(assets["MUG-01_20261120_banner.jpg"]?.verdicts == ["filename:error", "min-size:error:amazon"])
        let naming = try sandbox.checkReport(CheckJSON.Report.self, ".", "--naming", "none", status: 1).assetsByPath
        #expect(naming["MUG-01_20261120_banner.jpg"]?.verdicts == ["min-size:error:amazon"])
    }

    @Test func aCustomProfileFileExtendsABuiltInOne() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_alt.jpg", 1200, 1200)
        try sandbox.write(
            "shop.yml",
            Data("name: my-shop\nextends: amazon\nimages:\n  - {rule: min-size, longest: 1600, level: hard}\n".utf8)
        )
        let report = try sandbox.checkReport(CheckJSON.Report.self, ".", "--profile-file", "shop.yml", status: 1)
        #expect(report.profiles == ["my-shop"])
        #expect(report.assetsByPath["MUG-01_20261120_alt.jpg"]?.verdicts == ["min-size:error:my-shop"])
    }

    @Test(arguments: [
        (["nowhere"], "nowhere: no such file or folder."),
        ([".", "--profile", "amazn"], "no profile 'amazn'; did you mean 'amazon'?"),
        ([".", "--profile-file", "broken.yml"], "broken.yml:2:1: unknown key 'imagez'; did you mean 'images'?"),
        ([".", "--config", "bad.yml"], "bad.yml:1:9: 'naming' is convention or none"),
        ([".", "--output", "report.txt"], "report.txt already exists"),
        ([".", "--output", "missing/report.txt"], "cannot write into missing"),
        ([".", "--format", "pdf"], "pdf"),
    ])
    func usageAndConfigurationErrorsExitTwo(arguments: [String], message: String) throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_main.jpg", 100, 100)
        try sandbox.write("broken.yml", Data("name: x\nimagez: []\n".utf8))
        try sandbox.write("bad.yml", Data("naming: loose\n".utf8))
        try sandbox.write("report.txt", Data("mine\n".utf8))
        let result = try ProductStudioBinary.run(["check"] + arguments, environment: sandbox.environment, in: sandbox.folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout == "")
        #expect(try String(contentsOf: sandbox.folder.appendingPathComponent("report.txt"), encoding: .utf8) == "mine\n")
    }

    @Test func anEmptyFolderPassesWithZeroFiles() throws {
        let sandbox = try CheckSandbox()
        try FileManager.default.createDirectory(at: sandbox.folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let result = try sandbox.run("check", "empty", "--profile", "shopify")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0 files: 0 passed, 0 failed"))
    }

    @Test func unreadableFilesFailTheRunAndTheOthersAreStillChecked() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_main.jpg", 1000, 1000, product: (900, 900))
        try sandbox.image("MUG-01_20261120_huge.jpg", 1200, 1000)
        try sandbox.write("MUG-01_20261120_alt.png", Data("not a picture".utf8))
        try sandbox.write("MUG-01_20261120_empty.jpg", Data())
        let jpeg = try Data(contentsOf: sandbox.folder.appendingPathComponent("MUG-01_20261120_main.jpg"))
        try sandbox.write("MUG-01_20261120_cut.jpg", jpeg.prefix(jpeg.count / 2))
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.folder.appendingPathComponent("MUG-01_20261120_gone.jpg").path,
            withDestinationPath: "nowhere.jpg"
        )
        let report = try sandbox.checkReport(CheckJSON.Report.self, ".", "--profile", "amazon", "--max-pixels", "1100000", status: 1)
        let assets = report.assetsByPath
        for name in ["alt.png", "empty.jpg", "cut.jpg", "gone.jpg", "huge.jpg"] {
            #expect(assets["MUG-01_20261120_\(name)"]?.verdicts == ["unreadable:error"], "\(name)")
        }
        let huge = assets["MUG-01_20261120_huge.jpg"]?.findings.first?.message
        #expect(huge?.contains("over the limit of 1100000") == true, "inspect's own words: \(huge ?? "")")
        #expect(assets["MUG-01_20261120_main.jpg"]?.verdicts == [])
    }

    @Test func onlyFilesWithTheSameBytesAreDuplicatesNotThoseThatShareASizeOrABeginning() throws {
        let sandbox = try CheckSandbox()
        let start = Data(repeating: 0x41, count: 10_000)
        try sandbox.write("a.bin", start + Data("end one".utf8))
        try sandbox.write("b.bin", start + Data("end two".utf8))
        try sandbox.write("c.bin", start + Data("end one".utf8))
        try sandbox.write("d.bin", Data(repeating: 0x42, count: 10_007))
        let assets = try sandbox.checkReport(CheckJSON.Report.self, ".", "--naming", "none", status: 1).assetsByPath
        #expect(assets["b.bin"]?.verdicts == ["unreadable:error"])
        #expect(assets["c.bin"]?.verdicts == ["unreadable:error", "duplicate:warning"])
        #expect(assets["d.bin"]?.verdicts == ["unreadable:error"])
        let message = assets["c.bin"]?.findings.last?.message
        #expect(message == "the file has the same bytes as a.bin: upload one of them")
    }

    @Test func quietPrintsOnlyErrors() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_alt.jpg", 800, 800)
        try sandbox.image("bad name.jpg", 1200, 1200)
        let result = try sandbox.run("check", ".", "--profile", "amazon", "--quiet")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("bad name.jpg: error[filename] "))
        #expect(!result.stdout.contains("warning["))
    }

    @Test func profilesListsAndShowsTheBuiltInProfiles() throws {
        let sandbox = try CheckSandbox()
        let list = try sandbox.run("profiles", "list", "--format", "json")
        #expect(list.status == 0)
        let profiles = try list.decoded([CheckJSON.ProfileSummary].self)
        #expect(profiles.count == 11)
        #expect(profiles.first { $0.name == "amazon" }?.title == "Amazon")
        #expect(profiles.first { $0.name == "amazon" }?.videoRules == 0, "Amazon has no video rules")
        let shown = try sandbox.run("profiles", "show", "amazon")
        #expect(shown.stdout.contains("product-fill  error    main image: the product filling at least 85% of the frame"))
        #expect(shown.stdout.contains("source: https://sellercentral.amazon.com/forums/t/policy-enforcement-for-main-image/404581/2"))
        let yaml = try sandbox.run("profiles", "show", "walmart", "--format", "yaml")
        #expect(yaml.stdout.contains("  - {rule: ratio, equals: \"1:1\", level: hard, source: "))
        let typo = try sandbox.run("profiles", "show", "wallmart")
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no profile 'wallmart'; did you mean 'walmart'?"))
    }

    @Test func failOnWarningMakesWarningsFail() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("MUG-01_20261120_alt.jpg", 800, 800)
        #expect(try sandbox.run("check", ".", "--profile", "amazon").status == 0)
        #expect(try sandbox.run("check", ".", "--profile", "amazon", "--fail-on", "warning").status == 1)
    }

    @Test func aNameThatIsNotUTF8IsReadAndOnlyTheNameIsWrong() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("a.jpg", 300, 300)
        let bytes = [UInt8](try Data(contentsOf: sandbox.folder.appendingPathComponent("a.jpg")))
        let path = Array(sandbox.folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".jpg\0".utf8)
        let descriptor = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        try #require(descriptor >= 0)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        try FileManager.default.removeItem(at: sandbox.folder.appendingPathComponent("a.jpg"))
        let asset = try sandbox.checkReport(CheckJSON.Report.self, ".", status: 1).assetsByPath["caf\\xE9.jpg"]
        #expect(asset?.verdicts == ["filename:error"])
        #expect(asset?.facts.width == 300)
    }
}
