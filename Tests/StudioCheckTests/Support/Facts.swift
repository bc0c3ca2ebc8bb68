import StudioAssets
import Testing

@testable import StudioCheck

/// Facts of a file made in code, for rule tests that need no media file.
enum Facts {
    static func image(
        _ width: Int,
        _ height: Int,
        format: AssetFormat = .jpeg,
        bytes: Int = 100_000,
        colorSpace: ColorSpace = .srgb,
        bitDepth: Int = 8,
        frames: Int = 1,
        dpi: Int? = nil,
        gps: Bool = false,
        label: AILabel = AILabel(),
        pixels: PixelStats? = nil,
        path: String = "MUG-01_20261120_main.jpg"
    ) -> AssetInfo {
        var info = AssetInfo(path: path, kind: .image, format: format, extensionMatches: true)
        info.bytes = bytes
        info.width = width
        info.height = height
        info.aiLabel = label
        info.image = ImageFacts(
            orientation: 1,
            colorSpace: colorSpace,
            iccProfile: nil,
            hasAlpha: false,
            bitDepth: bitDepth,
            frames: frames,
            dpi: dpi,
            gps: gps
        )
        info.pixels = pixels
        return info
    }

    static func video(
        _ width: Int,
        _ height: Int,
        format: AssetFormat = .mp4,
        seconds: Double = 10,
        fps: Double = 30,
        codec: String = "h264",
        bytes: Int = 1_000_000
    ) -> AssetInfo {
        var info = AssetInfo(path: "MUG-01_20261120_ad.mp4", kind: .video, format: format, extensionMatches: true)
        info.bytes = bytes
        info.width = width
        info.height = height
        info.aiLabel = AILabel()
        info.video = VideoFacts(durationSeconds: seconds, fps: fps, videoCodec: codec, hasAudio: false, rotation: 0, bitrate: nil)
        return info
    }

    /// Pixel statistics with a border `white` share near-white and a product box of `box` (width, height) in a `size` frame.
    static func pixels(white: Double = 1, transparent: Bool = false, box: (Int, Int)?, frame: (Int, Int)) -> PixelStats {
        PixelStats(
            analysedWidth: 200,
            analysedHeight: 200,
            border: BorderStats(bandFraction: 0.02, mean: [255, 255, 255], min: [255, 255, 255], nearWhiteTolerance: 10, nearWhiteShare: white),
            anyTransparent: transparent,
            product: box.map { ProductBox(x: 0, y: 0, width: $0.0, height: $0.1, fill: Double($0.0 * $0.1) / Double(frame.0 * frame.1)) }
        )
    }
}

extension Profile {
    /// A profile read from YAML written inline.
    static func yaml(_ text: String) throws -> Profile {
        try ProfileLoader.load(text, file: "test.yml")
    }

    /// The findings of this profile's rules for a file in `slot`.
    func findings(_ file: AssetInfo, slot: Slot = .additional) -> [Finding] {
        rules(for: file.kind, slot: slot).compactMap { $0.finding(for: file, in: self) }
    }

    /// `rule:level` of each finding, for compact expectations.
    func verdicts(_ file: AssetInfo, slot: Slot = .additional) -> [String] {
        findings(file, slot: slot).map { "\($0.rule.rawValue):\($0.level.rawValue)" }
    }

    /// A built-in profile by name.
    static func builtIn(_ name: String) throws -> Profile {
        try #require(try ProfileCatalog.profile(named: name))
    }
}
