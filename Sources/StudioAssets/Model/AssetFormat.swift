/// The container format of a file, recognised from its first bytes, never from its name.
///
/// The raw value is the string the JSON report uses.
public enum AssetFormat: String, Sendable, CaseIterable {
    /// JPEG (JFIF or EXIF).
    case jpeg
    /// PNG, including APNG.
    case png
    /// WebP, lossy or lossless.
    case webp
    /// GIF, still or animated.
    case gif
    /// TIFF, either byte order.
    case tiff
    /// HEIF with HEVC pictures (`.heic`).
    case heif
    /// HEIF with AV1 pictures.
    case avif
    /// ISO base media (MPEG-4 part 14, and 3GPP's `.3gp`/`.3g2` built on it).
    case mp4
    /// QuickTime.
    case mov
    /// WebM (Matroska restricted to VP8/VP9/AV1 and Vorbis/Opus).
    case webm
    /// Matroska.
    case mkv
    /// AVI (RIFF).
    case avi

    /// Whether this format holds images or videos.
    public var kind: AssetKind {
        switch self {
        case .jpeg, .png, .webp, .gif, .tiff, .heif, .avif: .image
        case .mp4, .mov, .webm, .mkv, .avi: .video
        }
    }

    /// File-name extensions (lowercase, without the dot) that announce this format.
    public var extensions: Set<String> {
        switch self {
        case .jpeg: ["jpg", "jpeg", "jpe", "jfif"]
        case .png: ["png", "apng"]
        case .webp: ["webp"]
        case .gif: ["gif"]
        case .tiff: ["tif", "tiff"]
        case .heif: ["heic", "heif", "hif"]
        case .avif: ["avif"]
        case .mp4: ["mp4", "m4v", "3gp", "3g2"]
        case .mov: ["mov", "qt"]
        case .webm: ["webm"]
        case .mkv: ["mkv"]
        case .avi: ["avi"]
        }
    }
}
