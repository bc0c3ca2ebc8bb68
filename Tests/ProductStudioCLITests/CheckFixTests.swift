import Foundation
import Testing

/// `productstudio check --fix`: for every fixable rule, a file that breaks it is copied, corrected, into the fix
/// folder; the copy passes the rule, shows what the original showed and keeps its metadata; originals and files
/// already in the folder are never written.
@Suite struct CheckFixTests {
    /// How the copy's picture lines up with the original's.
    enum Content: Sendable {
        /// The same picture, maybe scaled or re-encoded.
        case whole
        /// The original sits, unscaled, in the middle of the padded copy.
        case padded
        /// The copy is the middle of the original, unscaled.
        case cropped
    }

    /// One fixable rule: a file made at test time that breaks it, the profile rule that judges it (none for
    /// house rules), and what the fix makes of it.
    struct Case: Sendable, CustomTestStringConvertible {
        let rule: String
        let file: String
        /// The `convert` arguments that make the file (the file name is added).
        let make: [String]
        /// An extra tool run on the file after it is made (exiftool), or empty.
        let then: [String]
        let profileRule: String?
        let steps: [String]
        let copy: String
        let content: Content
        var testDescription: String { rule }
    }

    static let exifTags = ["exiftool", "-q", "-overwrite_original", "-Artist=Ada Tester", "-Copyright=Shop Ltd"]

    static let cases: [Case] = [
        Case(
            rule: "ratio",
            file: "A_20261120_alt.jpg",
            make: ["-seed", "1", "-size", "1200x900", "plasma:fractal"],
            then: [],
            profileRule: #"{rule: ratio, equals: "1:1", level: hard}"#,
            steps: ["pad-to-ratio"],
            copy: "A_20261120_alt.jpg",
            content: .padded
        ),
        Case(
            rule: "transparency",
            file: "B_20261120_main.png",
            make: [
                "-size", "1000x1000", "xc:white", "-fill", "#402010", "-draw", "rectangle 40,40 959,959", "-alpha", "set", "-channel", "A",
                "-evaluate", "set", "60%", "+channel", "-define", "png:color-type=6",
            ],
            then: [],
            profileRule: "{rule: transparency, slot: main, level: hard}",
            steps: ["flatten", "white-background"],
            copy: "B_20261120_main.png",
            content: .whole
        ),
        Case(
            rule: "background",
            file: "C_20261120_main.png",
            make: ["-size", "1000x1000", "xc:none", "-fill", "#402010", "-draw", "rectangle 40,40 959,959", "-define", "png:color-type=6"],
            then: [],
            profileRule: "{rule: background, slot: main, min-white: 0.98, level: hard}",
            steps: ["flatten", "white-background"],
            copy: "C_20261120_main.png",
            content: .whole
        ),
        Case(
            rule: "product-fill",
            file: "D_20261120_main.jpg",
            make: ["-size", "3000x3000", "xc:white", "-fill", "#402010", "-draw", "rectangle 750,750 2249,2249"],
            then: [],
            profileRule: "{rule: product-fill, slot: main, min: 0.85, level: hard}",
            steps: ["fill-frame"],
            copy: "D_20261120_main.jpg",
            content: .cropped
        ),
        Case(
            rule: "max-size",
            file: "E_20261120_alt.jpg",
            make: ["-seed", "2", "-size", "2000x1500", "plasma:fractal"],
            then: [],
            profileRule: "{rule: max-size, longest: 1000, level: hard}",
            steps: ["scale-down"],
            copy: "E_20261120_alt.jpg",
            content: .whole
        ),
        Case(
            rule: "file-size",
            file: "F_20261120_alt.jpg",
            make: ["-seed", "3", "-size", "1000x1000", "plasma:fractal", "-quality", "100"],
            then: [],
            profileRule: "{rule: file-size, max: 150000, level: hard}",
            steps: ["compress"],
            copy: "F_20261120_alt.jpg",
            content: .whole
        ),
        Case(
            rule: "format",
            file: "G_20261120_alt.webp",
            make: ["-seed", "4", "-size", "800x800", "plasma:fractal"],
            then: [],
            profileRule: "{rule: format, allow: [jpeg, png], level: hard}",
            steps: ["convert-format"],
            copy: "G_20261120_alt.jpg",
            content: .whole
        ),
        Case(
            rule: "color-space",
            file: "H_20261120_alt.jpg",
            make: ["-seed", "5", "-size", "800x800", "plasma:fractal", "-colorspace", "gray"],
            then: [],
            profileRule: "{rule: color-space, allow: [srgb], level: hard}",
            steps: ["srgb"],
            copy: "H_20261120_alt.jpg",
            content: .whole
        ),
        Case(
            rule: "bit-depth",
            file: "I_20261120_alt.png",
            make: ["-seed", "6", "-size", "600x600", "plasma:fractal", "-depth", "16"],
            then: [],
            profileRule: "{rule: bit-depth, equals: 8, level: hard}",
            steps: ["srgb"],
            copy: "I_20261120_alt.png",
            content: .whole
        ),
        Case(
            rule: "gps",
            file: "J_20261120_alt.jpg",
            make: ["-seed", "7", "-size", "800x600", "plasma:fractal"],
            then: [
                "exiftool", "-q", "-overwrite_original", "-GPSLatitude=48.1", "-GPSLatitudeRef=N", "-GPSLongitude=11.5",
                "-GPSLongitudeRef=E", "-Orientation#=6",
            ],
            profileRule: nil,
            steps: ["drop-gps"],
            copy: "J_20261120_alt.jpg",
            content: .whole
        ),
        Case(
            rule: "ai-label",
            file: "K_20261120_alt.png",
            make: ["-seed", "8", "-size", "800x800", "plasma:fractal"],
            then: [],
            profileRule: "{rule: ai-label, level: hard}",
            steps: ["ai-label"],
            copy: "K_20261120_alt.png",
            content: .whole
        ),
        Case(
            rule: "filename",
            file: "holiday photo.jpg",
            make: ["-seed", "9", "-size", "800x800", "plasma:fractal"],
            then: [],
            profileRule: nil,
            steps: ["rename"],
            copy: "MUG-01_20261120_alt.jpg",
            content: .whole
        ),
        Case(
            rule: "extension",
            file: "L_20261120_alt.jpg",
            make: ["-seed", "10", "-size", "800x800", "plasma:fractal", "png:-"],
            then: [],
            profileRule: nil,
            steps: ["rename"],
            copy: "L_20261120_alt.png",
            content: .whole
        ),
    ]

    /// Makes the file of `fixable` (tagged with an artist and a copyright) in `folder` of the sandbox.
    private func make(_ fixable: Case, in sandbox: CheckSandbox, folder: String) throws {
        try FileManager.default.createDirectory(at: sandbox.folder.appendingPathComponent(folder), withIntermediateDirectories: true)
        let path = folder + "/" + fixable.file
        let wrongExtension = fixable.make.last == "png:-"  // PNG bytes under another extension, tagged before the rename
        let made = wrongExtension ? path + ".png" : path
        try sandbox.tool(arguments: ["convert"] + fixable.make.filter { $0 != "png:-" } + [made])
        if !fixable.then.isEmpty { try sandbox.tool(arguments: fixable.then + [made]) }
        try sandbox.tool(arguments: Self.exifTags + [made])
        if wrongExtension { try sandbox.tool("mv", made, path) }
    }

    /// A profile file holding `rules`.
    private func profile(_ rules: [String], in sandbox: CheckSandbox) throws -> [String] {
        guard !rules.isEmpty else { return [] }
        try sandbox.write("shop.yml", Data(("name: shop\nimages:\n" + rules.map { "  - \($0)\n" }.joined()).utf8))
        return ["--profile-file", "shop.yml"]
    }

    @Test(arguments: cases)
    func theCopyPassesTheRuleShowsTheSamePictureAndKeepsItsMetadata(_ fixable: Case) throws {
        let sandbox = try CheckSandbox()
        try make(fixable, in: sandbox, folder: "in")
        let profile = try profile(fixable.profileRule.map { [$0] } ?? [], in: sandbox)
        let naming = fixable.rule == "filename" ? ["--sku", "MUG-01", "--date", "2026-11-20", "--use", "alt"] : []
        let before = try sandbox.hashes(under: "in")
        let result = try sandbox.run(["check", "in", "--fix", "fixed", "--format", "json"] + profile + naming)
        #expect(try sandbox.hashes(under: "in") == before, "the original is only read")
        let report = try result.decoded(FixJSON.Report.self)
        let file = try #require(report.files.first, "\(result.stderr)")
        #expect(file.fixes == fixable.steps)
        #expect(file.copy == "fixed/" + fixable.copy)
        #expect(file.before.findings.map(\.rule).contains(fixable.rule), "the original breaks \(fixable.rule)")
        let after = try #require(file.after)
        #expect(after.status == "pass", "\(after.findings.map(\.message))")
        #expect(result.status == 0, "\(result.stdout)")

        let copy = "fixed/" + fixable.copy
        let original = "in/" + fixable.file
        let (copyCrop, originalCrop) = try crops(fixable.content, copy: copy, original: original, in: sandbox)
        let difference = CheckSandbox.meanDifference(
            try sandbox.pixels(copy, crop: copyCrop),
            try sandbox.pixels(original, crop: originalCrop)
        )
        #expect(difference < 2, "mean difference \(difference) levels")

        let tags = try sandbox.exiftool(copy)
        #expect(tags["Artist"] as? String == "Ada Tester")
        #expect(tags["Copyright"] as? String == "Shop Ltd")
        switch fixable.rule {
        case "gps":
            #expect(tags["GPSLatitude"] == nil && tags["GPSLongitude"] == nil)
            #expect(tags["Orientation"] as? Int == 1 || tags["Orientation"] == nil)
            #expect(tags["ImageWidth"] as? Int == 600, "the orientation is applied to the pixels")
        case "ai-label":
            #expect((tags["DigitalSourceType"] as? String)?.hasSuffix("/trainedAlgorithmicMedia") == true)
        case "filename", "extension":
            #expect(
                try Data(contentsOf: sandbox.folder.appendingPathComponent(copy)) == Data(contentsOf: sandbox.folder.appendingPathComponent(original))
            )
        default: break
        }
    }

    /// The parts of the copy and of the original that show the same picture, as ImageMagick geometries.
    private func crops(_ content: Content, copy: String, original: String, in sandbox: CheckSandbox) throws -> (String?, String?) {
        func size(_ name: String) throws -> (Int, Int) {
            let tags = try sandbox.exiftool(name)
            return (tags["ImageWidth"] as? Int ?? 0, tags["ImageHeight"] as? Int ?? 0)
        }
        let (copyWidth, copyHeight) = try size(copy)
        let (width, height) = try size(original)
        switch content {
        case .whole: return (nil, nil)
        case .padded: return ("\(width)x\(height)+\((copyWidth - width) / 2)+\((copyHeight - height) / 2)", nil)
        case .cropped: return (nil, "\(copyWidth)x\(copyHeight)+\((width - copyWidth) / 2)+\((height - copyHeight) / 2)")
        }
    }

    @Test func afterTheFixTheFolderHasNoFixableErrorLeft() throws {
        let sandbox = try CheckSandbox()
        for fixable in Self.cases where fixable.rule != "filename" { try make(fixable, in: sandbox, folder: "in") }
        let profile = try profile(Self.cases.compactMap(\.profileRule), in: sandbox)
        let fixed = try sandbox.run(["check", "in", "--fix", "fixed"] + profile)
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(fixed.stdout.contains("12 files with findings of 12: 12 copies written to fixed (12 pass, 0 with warnings, 0 still fail)"))
        let again = try sandbox.run(["check", "fixed", "--format", "json"] + profile)
        #expect(again.status == 0, "\(again.stderr)")
        let findings = try again.decoded(CheckJSON.Report.self).assets.flatMap(\.verdicts)
        #expect(findings.filter { $0.contains(":error") } == [])
    }

    @Test func aFileAlreadyInTheFolderIsNeverReplaced() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("in/MUG-01_20261120_alt.png", 1200, 900)
        try sandbox.write("fixed/MUG-01_20261120_alt.png", Data("mine".utf8))
        let profile = try profile([#"{rule: ratio, equals: "1:1", level: hard}"#], in: sandbox)
        let first = try sandbox.run(["check", "in", "--fix", "fixed"] + profile)
        #expect(first.stdout.contains("MUG-01_20261120_alt.png -> fixed/MUG-01_20261120_alt_2.png: pad-to-ratio"), "\(first.stdout)")
        #expect(first.stdout.contains("note: MUG-01_20261120_alt.png is already in the folder: not replaced"))
        let second = try sandbox.run(["check", "in", "--fix", "fixed"] + profile)
        #expect(second.stdout.contains("-> fixed/MUG-01_20261120_alt_3.png"), "\(second.stdout)")
        #expect(try String(contentsOf: sandbox.folder.appendingPathComponent("fixed/MUG-01_20261120_alt.png"), encoding: .utf8) == "mine")
        let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.appendingPathComponent("fixed").path).sorted()
        #expect(names == ["MUG-01_20261120_alt.png", "MUG-01_20261120_alt_2.png", "MUG-01_20261120_alt_3.png"], "no temporary file is left")
    }

    @Test func aDryRunPrintsThePlanAndWritesNothing() throws {
        let sandbox = try CheckSandbox()
        try sandbox.image("in/MUG-01_20261120_main.png", 1000, 800, product: (900, 700))
        try sandbox.image("in/MUG-01_20261120_alt.jpg", 300, 300)
        let before = try sandbox.hashes()
        let result = try sandbox.run("check", "in", "--profile", "walmart", "--fix", "fixed", "--dry-run")
        #expect(result.stdout.contains("MUG-01_20261120_main.png -> fixed/MUG-01_20261120_main.png: pad-to-ratio"), "\(result.stdout)")
        #expect(result.stdout.contains("needs regenerating: min-size (walmart)"))
        #expect(result.stdout.contains("1 copy would be written to fixed (dry run: nothing was written)"), "\(result.stdout)")
        #expect(try sandbox.hashes() == before)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("fixed").path))
    }

    @Test func aCopyIsNamedByItsHistoryTaskAndRegeneratingIsPriced() throws {
        let sandbox = try CheckSandbox()
        sandbox.environment = [
            "PRODUCTSTUDIO_DB": sandbox.folder.appendingPathComponent("studio.sqlite").path, "PRODUCTSTUDIO_ACCOUNT": "ana@example.com",
            "PRODUCTSTUDIO_NOW": "2026-11-20T10:00:00Z",
        ]
        try sandbox.image("render/1.png", 400, 400)
        try sandbox.image("render/2.png", 1200, 900)
        for command in [
            ["credits", "open", "ana@example.com", "--name", "Ana"],
            ["history", "start", "--tool", "image", "--quality", "standard", "--count", "2", "--sku", "MUG-01", "--use", "alt"],
            ["history", "complete", "1", "--output", "render/1.png", "render/2.png"],
            ["history", "download", "1", "--to", "downloads"],
        ] {
            try #require(try sandbox.run(command).status == 0, "\(command)")
        }
        try FileManager.default.moveItem(
            at: sandbox.folder.appendingPathComponent("downloads/MUG-01_20261120_alt_2.png"),
            to: sandbox.folder.appendingPathComponent("downloads/photo 2.png")
        )
        let profile = try profile([#"{rule: min-size, longest: 500, level: hard}"#, #"{rule: ratio, equals: "1:1", level: hard}"#], in: sandbox)
        let result = try sandbox.run(["check", "downloads", "--fix", "fixed"] + profile)
        #expect(result.stdout.contains("photo 2.png -> fixed/MUG-01_20261120_alt.png: pad-to-ratio, rename"), "\(result.stdout)")
        #expect(result.stdout.contains("MUG-01_20261120_alt.png: no copy\n  before: fail (min-size (shop))\n  needs regenerating: min-size (shop)"))
        #expect(result.stdout.contains("Regenerating 1 failed image costs 15 credits; the balance is 20."))
        #expect(result.status == 1, "a file that needs regenerating still fails the run")
    }

    @Test(arguments: [
        (["--dry-run"], "--dry-run, --sku, --date and --use go with --fix FOLDER."),
        (["--fix", "out", "--sku", "MUG-01"], "--sku, --date and --use go together: give all three."),
        (["--fix", "out", "--format", "sarif"], "--fix reports in text or json, not sarif."),
        (["--fix", "file.txt"], "--fix file.txt: it is a file, not a folder."),
    ])
    func misusedFixOptionsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let sandbox = try CheckSandbox()
        try sandbox.write("file.txt", Data("x".utf8))
        let result = try sandbox.run(["check", "."] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
