/// One named, mechanical correction `check --fix` can make to a copy of an image.
///
/// The raw value is the name the text and JSON reports list (`"fixes": ["pad-to-ratio", "srgb"]`). The cases are
/// in the order they run.
public enum FixStep: String, Sendable, CaseIterable, Comparable {
    /// `color-space`, `bit-depth`: converted to sRGB at 8 bits per channel through the embedded ICC profile.
    case srgb
    /// `transparency`, `background` (main image): transparency flattened onto white.
    case flatten
    /// `transparency`, `background` (main image): near-white pixels connected to the border set to pure white.
    case whiteBackground = "white-background"
    /// `product-fill` (main image): the margins around the product cropped so it fills 88 % of the frame.
    case fillFrame = "fill-frame"
    /// `ratio`: padded (never cropped) to the ratio, the content centred.
    case padToRatio = "pad-to-ratio"
    /// `max-size`: scaled down (Lanczos) to the profile's maximum.
    case scaleDown = "scale-down"
    /// `format`: re-encoded in the profile's first accepted format.
    case convertFormat = "convert-format"
    /// `file-size`: re-encoded at a lower JPEG quality, down to 80.
    case compress
    /// `gps`: the EXIF GPS block dropped, the rest of the EXIF kept.
    case dropGPS = "drop-gps"
    /// `ai-label`: the IPTC DigitalSourceType `trainedAlgorithmicMedia` written into the XMP.
    case aiLabel = "ai-label"
    /// `filename`, `extension`: the copy named by the convention.
    case rename

    /// The rules whose findings this step corrects.
    public var rules: [RuleID] {
        switch self {
        case .srgb: [.colorSpace, .bitDepth]
        case .flatten, .whiteBackground: [.transparency, .background]
        case .fillFrame: [.productFill]
        case .padToRatio: [.ratio]
        case .scaleDown: [.maxSize]
        case .convertFormat: [.format]
        case .compress: [.fileSize]
        case .dropGPS: [.gps]
        case .aiLabel: [.aiLabel]
        case .rename: [.filename, .extension]
        }
    }

    /// The rules no copy can satisfy, whose files must be generated again: upscaling invents detail, an
    /// animation or a video's length is what was made.
    public static let needsRegenerating: Set<RuleID> = [.minSize, .animated, .duration, .unreadable]

    public static func < (a: FixStep, b: FixStep) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
