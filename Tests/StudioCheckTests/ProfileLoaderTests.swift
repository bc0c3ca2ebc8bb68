import Testing

@testable import StudioCheck

@Suite struct ProfileLoaderTests {
    @Test(arguments: [
        ("name: x\nimagez: []\n", "test.yml:2:1: unknown key 'imagez'; did you mean 'images'?"),
        ("name: x\nimages:\n  - {rule: min-sise, longest: 5, level: hard}\n", "test.yml:3:12: unknown rule 'min-sise'; did you mean 'min-size'?"),
        ("name: x\nimages:\n  - {rule: min-size, longest: big, level: hard}\n", "test.yml:3:31: 'longest' must be a whole number"),
        ("name: x\nimages:\n  - {rule: min-size, longest: -3, level: hard}\n", "test.yml:3:31: 'longest' must be a positive number of pixels"),
        (
            "name: x\nimages:\n  - {rule: min-size, level: hard}\n",
            "test.yml:3:5: 'min-size' needs at least one of 'longest', 'each', 'width', 'height'"
        ),
        (
            "name: x\nimages:\n  - {rule: product-fill, min: 1.5, level: hard}\n",
            "test.yml:3:31: 'product-fill' needs 'min', the share of the frame the product fills (0 to 1)"
        ),
        ("name: x\nimages:\n  - {rule: dpi, min: 72, level: must}\n", "test.yml:3:33: 'level' is hard, recommended or off"),
        ("name: x\nimages:\n  - {rule: duration, max: 60, level: hard}\n", "test.yml:3:12: 'duration' is not a rule for images"),
        ("name: x\nimages:\n  - {rule: dpi, min: 72, level: hard, colour: red}\n", "test.yml:3:39: unknown key 'colour'"),
        (
            "name: x\nimages:\n  - {rule: ratio, equals: wide, level: hard}\n",
            "test.yml:3:27: 'equals' must be a ratio written WIDTH:HEIGHT, such as 1:1 or 1.91:1, not 'wide'"
        ),
        (
            "name: x\nimages:\n  - {rule: format, allow: [jpeg, jpg], level: hard}\n",
            "test.yml:3:34: unknown format 'jpg'; formats are jpeg, png, webp, gif, tiff, heif, avif, mp4, mov, webm, mkv, avi, bmp"
        ),
        ("name: x\nextends: amazn\n", "test.yml:2:10: no profile 'amazn' to extend; did you mean 'amazon'?"),
        ("title: No name\n", "test.yml:1:1: a profile needs a 'name'"),
        ("name: x\nimages: [\n", "test.yml:3:1: bad YAML: did not find expected node content"),
    ])
    func aMistakeIsReportedAtItsLineAndColumn(text: String, problem: String) {
        #expect(throws: (any Error).self) { try Profile.yaml(text) }
        do {
            _ = try Profile.yaml(text)
        } catch let error as ConfigProblems {
            #expect(error.problems.map(\.description) == [problem])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func extendsReplacesARulesEntriesAndOffRemovesThem() throws {
        let profile = try Profile.yaml(
            """
            name: my-shop
            extends: amazon
            images:
              - {rule: min-size, longest: 1600, level: hard}
              - {rule: dpi, level: off}
            """
        )
        #expect(profile.title == "Amazon")
        let minSizes = profile.rules.filter { $0.id == .minSize }
        #expect(minSizes.count == 1)
        #expect(minSizes.first?.requirement == "longest side at least 1600 px")
        #expect(!profile.rules.contains { $0.id == .dpi })
        #expect(profile.rules.contains { $0.id == .productFill }, "the other rules are kept")
        #expect(profile.verdicts(Facts.image(1500, 1500)) == ["min-size:error"])
    }

    @Test func showAsYAMLReadsBackAsTheSameProfile() throws {
        for profile in try ProfileCatalog.builtIn() {
            let yaml = ProfileReport.show(profile, as: .yaml)
            let again = try ProfileLoader.load(yaml, file: "\(profile.name).yml")
            #expect(ProfileReport.show(again, as: .json) == ProfileReport.show(profile, as: .json), "\(profile.name)")
        }
    }
}

@Suite struct CheckConfigTests {
    @Test func readsEveryKey() throws {
        let config = try CheckConfig.load(
            """
            profiles: [amazon, walmart]
            profile-files: [shop.yml]
            naming: none
            use-cases: [main, alt]
            generated: false
            ignore: ["drafts/**"]
            rules:
              gps: off
              amazon/min-size: error
            """,
            file: "productstudio.yml"
        )
        #expect(config.profiles == ["amazon", "walmart"])
        #expect(config.profileFiles == ["shop.yml"])
        #expect(config.namingConvention == false)
        #expect(config.useCases == ["main", "alt"])
        #expect(config.generated == false)
        #expect(config.ignore == ["drafts/**"])
        #expect(config.rules.map(\.key) == ["gps", "amazon/min-size"])
    }

    @Test(arguments: [
        ("profile: [amazon]\n", "productstudio.yml:1:1: unknown key 'profile'; did you mean 'profiles'?"),
        ("naming: loose\n", "productstudio.yml:1:9: 'naming' is convention or none"),
        ("rules:\n  gps: quiet\n", "productstudio.yml:2:8: the level of 'gps' is error, warning or off"),
        ("generated: maybe\n", "productstudio.yml:1:12: 'generated' must be true or false"),
    ])
    func aMistakeIsReportedAtItsLine(text: String, problem: String) {
        do {
            _ = try CheckConfig.load(text, file: "productstudio.yml")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.problems.map(\.description) == [problem])
        }
    }
}
