/// Every rule the checker knows, by the id findings, profiles and configs use.
///
/// The house rules (``isHouseRule``) run on every file; the others come from platform profiles.
public enum RuleID: String, Sendable, CaseIterable, Comparable {
    /// `inspect` could not read the file.
    case unreadable
    /// The extension is not one the content's format uses.
    case `extension`
    /// The name breaks the naming convention.
    case filename
    /// The same bytes as an earlier file, or the same name claim as another file.
    case duplicate
    /// EXIF GPS data is embedded.
    case gps
    /// The history recorded these bytes under another SKU or use case than the name says.
    case history
    /// The container format is not one the platform accepts.
    case format
    /// The video codec is not one the platform accepts.
    case videoCodec = "video-codec"
    /// Too few pixels.
    case minSize = "min-size"
    /// Too many pixels.
    case maxSize = "max-size"
    /// The file is too large.
    case fileSize = "file-size"
    /// The width-to-height ratio is not one the platform accepts.
    case ratio
    /// The colour space is not one the platform accepts.
    case colorSpace = "color-space"
    /// The bits per channel are not what the platform wants.
    case bitDepth = "bit-depth"
    /// An animated image where the platform wants a still.
    case animated
    /// The stated resolution is too low.
    case dpi
    /// A main image's border is not white.
    case background
    /// A main image has pixels that are not fully opaque.
    case transparency
    /// A main image's product is too small in the frame.
    case productFill = "product-fill"
    /// The file does not say it was made by generative AI.
    case aiLabel = "ai-label"
    /// The video is too short or too long.
    case duration
    /// The video's frame rate is out of range.
    case fps

    /// Whether the rule runs on every file, whatever the profiles.
    public var isHouseRule: Bool {
        switch self {
        case .unreadable, .extension, .filename, .duplicate, .gps, .history: true
        default: false
        }
    }

    /// One sentence saying what the rule checks.
    public var summary: String {
        switch self {
        case .unreadable: "The file can be read as an image or a video."
        case .extension: "The file name's extension is one the content's format uses."
        case .filename: "The file name follows the convention <SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>."
        case .duplicate: "No file repeats another's bytes or claims another's SKU, date, use case and counter."
        case .gps: "No EXIF GPS data is embedded (it tells where the shop is)."
        case .history: "The generation history recorded the file under the SKU and use case its name says."
        case .format: "The file format is one the platform accepts."
        case .videoCodec: "The video codec is one the platform accepts."
        case .minSize: "The image or video has at least the pixels the platform asks for."
        case .maxSize: "The image or video has no more pixels than the platform takes."
        case .fileSize: "The file is no larger than the platform takes."
        case .ratio: "The width-to-height ratio is one the platform accepts."
        case .colorSpace: "The colour space is one the platform accepts."
        case .bitDepth: "The image has the bits per channel the platform wants."
        case .animated: "The image is a still, not an animation."
        case .dpi: "The resolution the file states is high enough."
        case .background: "The main image's border is white."
        case .transparency: "Every pixel of the main image is fully opaque."
        case .productFill: "The product fills enough of the main image's frame."
        case .aiLabel: "The file carries the IPTC label (or C2PA credentials) for content made by generative AI."
        case .duration: "The video's length is within the platform's range."
        case .fps: "The video's frame rate is within the platform's range."
        }
    }

    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}
