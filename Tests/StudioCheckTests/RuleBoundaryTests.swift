import StudioAssets
import Testing

@testable import StudioCheck

/// Each rule of the built-in profiles at its boundaries, on facts made in code.
@Suite struct RuleBoundaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let profile: String
        let file: AssetInfo
        var slot: Slot = .additional
        let verdicts: [String]
        let name: String
        var testDescription: String { "\(profile): \(name)" }
    }

    static let cases: [Case] = [
        // min-size: longest side (Amazon 500 hard, 1000 recommended), each side (Walmart), width and height (Zalando).
        Case(profile: "amazon", file: Facts.image(499, 499), verdicts: ["min-size:error", "min-size:warning"], name: "499 px"),
        Case(profile: "amazon", file: Facts.image(500, 300), verdicts: ["min-size:warning"], name: "500 px"),
        Case(profile: "amazon", file: Facts.image(999, 999), verdicts: ["min-size:warning"], name: "999 px"),
        Case(profile: "amazon", file: Facts.image(1000, 10), verdicts: [], name: "1000 px longest"),
        Case(profile: "walmart", file: Facts.image(1499, 1499), verdicts: ["min-size:error", "min-size:warning"], name: "1499 square"),
        Case(profile: "walmart", file: Facts.image(1500, 1500), verdicts: ["min-size:warning"], name: "1500 square"),
        Case(profile: "walmart", file: Facts.image(2200, 2200), verdicts: [], name: "2200 square"),
        Case(profile: "zalando", file: Facts.image(761, 1096), verdicts: ["min-size:error"], name: "761 wide"),
        Case(profile: "zalando", file: Facts.image(762, 1100), verdicts: [], name: "762x1100"),
        // max-size: longest (Amazon), each side (Shopify), megapixels (Google).
        Case(profile: "amazon", file: Facts.image(10000, 500), verdicts: [], name: "10000 px"),
        Case(profile: "amazon", file: Facts.image(10001, 500), verdicts: ["max-size:error"], name: "10001 px"),
        Case(profile: "shopify", file: Facts.image(4472, 4472, format: .png), verdicts: [], name: "4472 square"),
        Case(profile: "shopify", file: Facts.image(4473, 100, format: .png), verdicts: ["max-size:error"], name: "4473 wide"),
        Case(profile: "google-merchant", file: Facts.image(8000, 8001, label: Labels.generated), verdicts: ["max-size:error"], name: "over 64 MP"),
        Case(profile: "google-merchant", file: Facts.image(8000, 8000, label: Labels.generated), verdicts: [], name: "64 MP exactly"),
        Case(profile: "mercado-libre", file: Facts.image(1921, 1921), verdicts: ["max-size:warning"], name: "scaled down"),
        // file-size.
        Case(profile: "walmart", file: Facts.image(2200, 2200, bytes: 5_000_000), verdicts: [], name: "5 MB exactly"),
        Case(profile: "walmart", file: Facts.image(2200, 2200, bytes: 5_000_001), verdicts: ["file-size:error"], name: "5 MB and a byte"),
        Case(profile: "amazon", file: Facts.image(1000, 1000, bytes: 10_000_001), verdicts: ["file-size:warning"], name: "over 10 MB"),
        // ratio, with 1 % slack.
        Case(profile: "walmart", file: Facts.image(2222, 2200), verdicts: [], name: "1.01:1"),
        Case(profile: "walmart", file: Facts.image(2223, 2200), verdicts: ["ratio:error"], name: "1.0105:1"),
        Case(profile: "walmart", file: Facts.image(2200, 2860), verdicts: ["ratio:error"], name: "portrait"),
        Case(profile: "instagram-feed", file: Facts.image(793, 1000), verdicts: [], name: "just inside 4:5"),
        Case(profile: "instagram-feed", file: Facts.image(791, 1000), verdicts: ["ratio:error"], name: "just outside 4:5"),
        Case(profile: "instagram-feed", file: Facts.image(1929, 1000), verdicts: [], name: "just inside 1.91:1"),
        Case(profile: "instagram-feed", file: Facts.image(1930, 1000), verdicts: ["ratio:error"], name: "just outside 1.91:1"),
        Case(profile: "zalando", file: Facts.image(1801, 2600), verdicts: [], name: "1:1.44"),
        Case(profile: "zalando", file: Facts.image(2600, 2600), verdicts: ["ratio:error"], name: "square for 1:1.44"),
        // colour space, bit depth, animation, resolution.
        Case(profile: "walmart", file: Facts.image(2200, 2200, colorSpace: .gray), verdicts: ["color-space:error"], name: "gray"),
        Case(profile: "walmart", file: Facts.image(2200, 2200, colorSpace: .displayP3), verdicts: [], name: "display p3"),
        Case(profile: "amazon", file: Facts.image(1000, 1000, colorSpace: .cmyk), verdicts: ["color-space:warning"], name: "cmyk"),
        Case(profile: "mercado-libre", file: Facts.image(1200, 1200, colorSpace: .gray), verdicts: [], name: "gray allowed"),
        Case(profile: "walmart", file: Facts.image(2200, 2200, bitDepth: 16), verdicts: ["bit-depth:error"], name: "16 bits"),
        Case(profile: "amazon", file: Facts.image(1000, 1000, format: .gif, frames: 3), verdicts: ["animated:error"], name: "animated GIF"),
        Case(profile: "amazon", file: Facts.image(1000, 1000, format: .tiff, frames: 3), verdicts: [], name: "three-page TIFF"),
        Case(profile: "etsy", file: Facts.image(2000, 2000, format: .gif, frames: 2), verdicts: ["animated:warning"], name: "animated GIF"),
        Case(profile: "amazon", file: Facts.image(1000, 1000, dpi: 71), verdicts: ["dpi:warning"], name: "71 dpi"),
        Case(profile: "amazon", file: Facts.image(1000, 1000, dpi: 72), verdicts: [], name: "72 dpi"),
        // formats and codecs.
        Case(profile: "amazon", file: Facts.image(1000, 1000, format: .webp), verdicts: ["format:error"], name: "WebP"),
        Case(profile: "shopify", file: Facts.image(1000, 1000, format: .heif), verdicts: [], name: "HEIC"),
        Case(profile: "ebay", file: Facts.video(1920, 1080, codec: "vp9"), verdicts: ["video-codec:error"], name: "VP9"),
        Case(profile: "shopify", file: Facts.video(1920, 1080, format: .mkv), verdicts: ["format:error"], name: "Matroska"),
        // main-image pixel rules.
        Case(
            profile: "amazon",
            file: Facts.image(1000, 1000, pixels: Facts.pixels(white: 0.98, box: (850, 10), frame: (1000, 1000))),
            slot: .main,
            verdicts: [],
            name: "98% white, 85% fill"
        ),
        Case(
            profile: "amazon",
            file: Facts.image(1000, 1000, pixels: Facts.pixels(white: 0.979, box: (850, 10), frame: (1000, 1000))),
            slot: .main,
            verdicts: ["background:error"],
            name: "97.9% white"
        ),
        Case(
            profile: "amazon",
            file: Facts.image(1000, 1000, pixels: Facts.pixels(box: (849, 849), frame: (1000, 1000))),
            slot: .main,
            verdicts: ["product-fill:error"],
            name: "84.9% fill"
        ),
        Case(
            profile: "amazon",
            file: Facts.image(1000, 800, pixels: Facts.pixels(box: (100, 680), frame: (1000, 800))),
            slot: .main,
            verdicts: [],
            name: "tall product fills the height"
        ),
        Case(
            profile: "amazon",
            file: Facts.image(1000, 1000, pixels: Facts.pixels(box: nil, frame: (1000, 1000))),
            slot: .main,
            verdicts: ["product-fill:error"],
            name: "no product"
        ),
        Case(
            profile: "amazon",
            file: Facts.image(1000, 1000, pixels: Facts.pixels(transparent: true, box: (900, 900), frame: (1000, 1000))),
            slot: .main,
            verdicts: ["transparency:error"],
            name: "transparent"
        ),
        Case(
            profile: "amazon",
            file: Facts.image(1000, 1000, pixels: Facts.pixels(white: 0.5, box: (10, 10), frame: (1000, 1000))),
            verdicts: [],
            name: "additional images are not judged on pixels"
        ),
        // ai-label.
        Case(profile: "google-merchant", file: Facts.image(1500, 1500), verdicts: ["ai-label:error"], name: "no label"),
        Case(profile: "google-merchant", file: Facts.image(1500, 1500, label: Labels.generated), verdicts: [], name: "trained"),
        Case(
            profile: "google-merchant",
            file: Facts.image(1500, 1500, label: AILabel(digitalSourceType: "compositeWithTrainedAlgorithmicMedia")),
            verdicts: [],
            name: "composite"
        ),
        Case(profile: "google-merchant", file: Facts.image(1500, 1500, label: AILabel(c2pa: true)), verdicts: ["ai-label:error"], name: "C2PA only"),
        Case(profile: "meta", file: Facts.image(1024, 1024, label: AILabel(c2pa: true)), verdicts: [], name: "C2PA only"),
        Case(
            profile: "tiktok-shop",
            file: Facts.image(600, 600, label: AILabel(digitalSourceType: "digitalCapture")),
            verdicts: ["ai-label:warning"],
            name: "a camera's label"
        ),
        // video duration and frame rate.
        Case(profile: "tiktok-shop", file: Facts.video(1080, 1920, seconds: 59.9), verdicts: [], name: "59.9 s"),
        Case(profile: "tiktok-shop", file: Facts.video(1080, 1920, seconds: 60), verdicts: ["duration:error"], name: "60 s"),
        Case(profile: "tiktok-shop", file: Facts.video(1000, 1920, seconds: 10), verdicts: ["ratio:error"], name: "narrower than 9:16"),
        Case(profile: "instagram-feed", file: Facts.video(1080, 1080, seconds: 2.9), verdicts: ["duration:error"], name: "2.9 s"),
        Case(profile: "instagram-feed", file: Facts.video(1080, 1080, seconds: 60), verdicts: [], name: "60 s"),
        Case(
            profile: "instagram-feed",
            file: Facts.video(599, 599, seconds: 60.1),
            verdicts: ["duration:error", "min-size:error"],
            name: "60.1 s, 599 px"
        ),
        Case(profile: "meta", file: Facts.video(1080, 1920, fps: 22.9), verdicts: ["fps:error"], name: "22.9 fps"),
        Case(profile: "meta", file: Facts.video(1080, 1920, fps: 60), verdicts: [], name: "60 fps"),
        Case(profile: "ebay", file: Facts.video(1080, 1920, seconds: 61), verdicts: ["duration:warning"], name: "61 s"),
        Case(profile: "ebay", file: Facts.video(1080, 1920, bytes: 157_286_401), verdicts: ["file-size:error"], name: "over 150 MiB"),
        Case(profile: "shopify", file: Facts.video(3840, 2160, seconds: 600), verdicts: [], name: "4K, 10 min"),
        Case(profile: "shopify", file: Facts.video(2160, 3840, seconds: 600.5), verdicts: ["duration:error"], name: "portrait 4K, 10 min 0.5 s"),
        Case(profile: "shopify", file: Facts.video(4096, 2160), verdicts: ["max-size:error"], name: "DCI 4K"),
    ]

    @Test(arguments: cases)
    func judgesAtTheBoundary(_ test: Case) throws {
        let profile = try Profile.builtIn(test.profile)
        #expect(profile.verdicts(test.file, slot: test.slot) == test.verdicts)
    }

    @Test func messagesSayWhatIsWrongAndHowToFixIt() throws {
        let walmart = try Profile.builtIn("walmart")
        #expect(
            walmart.findings(Facts.image(2000, 1600)).first { $0.rule == .ratio }?.message
                == "ratio 2000x1600 (1.25:1); Walmart wants 1:1: pad or crop it to that shape"
        )
        let amazon = try Profile.builtIn("amazon")
        let fill = amazon.findings(Facts.image(1000, 1000, pixels: Facts.pixels(box: (620, 500), frame: (1000, 1000))), slot: .main).first
        #expect(
            fill?.message
                == "the product fills 62% of the frame (its box covers 31% of the area); Amazon's main image wants at least 85%: crop closer or regenerate with the product larger"
        )
        #expect(fill?.source == "https://sellercentral.amazon.com/forums/t/policy-enforcement-for-main-image/404581/2")
        #expect(fill?.expected == .object([("min", .number(0.85))]))
    }
}

enum Labels {
    static let generated = AILabel(digitalSourceType: "trainedAlgorithmicMedia")
}
