/// What a file is, judged from its content.
public enum AssetKind: String, Sendable, CaseIterable {
    /// A still or animated picture (JPEG, PNG, WebP, GIF, TIFF, HEIF, AVIF).
    case image
    /// A moving picture in a container (MP4, MOV, WebM, Matroska, AVI).
    case video
    /// Neither: the content matches no format the probe reads.
    case unknown
}
