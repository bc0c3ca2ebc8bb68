/// The facts only a still or animated image has.
public struct ImageFacts: Sendable, Equatable {
    /// The EXIF orientation, 1-8 (1 when the file has none).
    public var orientation: Int
    /// The colour space, from the ICC profile when there is one.
    public var colorSpace: ColorSpace
    /// The description of the embedded ICC profile, or nil when there is none.
    public var iccProfile: String?
    /// Whether the format as stored can carry transparency (an alpha channel or a transparent
    /// palette entry), even when every pixel is opaque; `PixelStats.anyTransparent` says whether one is not.
    public var hasAlpha: Bool
    /// Bits per channel of the decoded samples (8, 16, 32).
    public var bitDepth: Int
    /// Frames (GIF/WebP animation) or pages (TIFF, HEIF image collections); 1 for a still.
    public var frames: Int
    /// Dots per inch, or nil when the file states no resolution.
    public var dpi: Int?
    /// Whether EXIF GPS data is present.
    public var gps: Bool

    /// Creates image facts.
    public init(
        orientation: Int,
        colorSpace: ColorSpace,
        iccProfile: String?,
        hasAlpha: Bool,
        bitDepth: Int,
        frames: Int,
        dpi: Int?,
        gps: Bool
    ) {
        self.orientation = orientation
        self.colorSpace = colorSpace
        self.iccProfile = iccProfile
        self.hasAlpha = hasAlpha
        self.bitDepth = bitDepth
        self.frames = frames
        self.dpi = dpi
        self.gps = gps
    }
}
