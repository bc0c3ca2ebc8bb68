import StudioJSON

/// Renders ``AssetInfo`` records as the JSON contract of `productstudio inspect --format json`.
///
/// `{"assets": [ ... ]}` with one object per line. Keys come in the contract's order; image-only
/// keys appear only for images that were read, video-only keys only for videos, `pixels` only
/// when computed, and every other key is always present (`null` when unknown).
public enum JSONReport {
    /// The whole report, ending with a newline.
    public static func render(_ assets: [AssetInfo]) -> String {
        guard !assets.isEmpty else { return "{\"assets\": []}\n" }
        return "{\"assets\": [\n" + assets.map { "  " + object($0) }.joined(separator: ",\n") + "\n]}\n"
    }

    /// One asset as a JSON object on one line.
    public static func object(_ asset: AssetInfo) -> String {
        var json = JSONObjectWriter()
        json.string("path", asset.path)
        json.string("kind", asset.kind.rawValue)
        json.string("format", asset.format?.rawValue)
        json.bool("extensionMatches", asset.extensionMatches)
        json.int("bytes", asset.bytes)
        json.int("width", asset.width)
        json.int("height", asset.height)
        if let image = asset.image { add(image, to: &json) }
        json.string("created", asset.created)
        json.raw("aiLabel", asset.aiLabel.map(aiLabel) ?? "null")
        if let video = asset.video { add(video, to: &json) }
        if let pixels = asset.pixels { json.raw("pixels", self.pixels(pixels)) }
        json.string("error", asset.error?.description)
        return json.text
    }

    private static func add(_ image: ImageFacts, to json: inout JSONObjectWriter) {
        json.int("orientation", image.orientation)
        json.string("colorSpace", image.colorSpace.rawValue)
        json.string("iccProfile", image.iccProfile)
        json.bool("hasAlpha", image.hasAlpha)
        json.int("bitDepth", image.bitDepth)
        json.int("frames", image.frames)
        json.int("dpi", image.dpi)
        json.bool("gps", image.gps)
    }

    private static func add(_ video: VideoFacts, to json: inout JSONObjectWriter) {
        json.raw("durationSeconds", video.durationSeconds.map { JSONText.number($0, places: 3) } ?? "null")
        json.number("fps", video.fps, places: 3)
        json.string("videoCodec", video.videoCodec)
        json.bool("hasAudio", video.hasAudio)
        json.int("rotation", video.rotation)
        json.int("bitrate", video.bitrate)
    }

    private static func aiLabel(_ label: AILabel) -> String {
        var json = JSONObjectWriter()
        json.string("digitalSourceType", label.digitalSourceType)
        json.bool("c2pa", label.c2pa)
        return json.text
    }

    private static func pixels(_ pixels: PixelStats) -> String {
        var border = JSONObjectWriter()
        border.number("bandFraction", pixels.border.bandFraction, places: 3)
        border.raw("mean", "[" + pixels.border.mean.map { JSONText.number($0, places: 1) }.joined(separator: ", ") + "]")
        border.raw("min", "[" + pixels.border.min.map(String.init).joined(separator: ", ") + "]")
        border.int("nearWhiteTolerance", pixels.border.nearWhiteTolerance)
        border.number("nearWhiteShare", pixels.border.nearWhiteShare, places: 4)
        var json = JSONObjectWriter()
        json.int("analysedWidth", pixels.analysedWidth)
        json.int("analysedHeight", pixels.analysedHeight)
        json.raw("border", border.text)
        json.bool("anyTransparent", pixels.anyTransparent)
        json.raw("product", pixels.product.map(box) ?? "null")
        return json.text
    }

    private static func box(_ box: ProductBox) -> String {
        var json = JSONObjectWriter()
        json.int("x", box.x)
        json.int("y", box.y)
        json.int("width", box.width)
        json.int("height", box.height)
        json.number("fill", box.fill, places: 4)
        return json.text
    }
}
