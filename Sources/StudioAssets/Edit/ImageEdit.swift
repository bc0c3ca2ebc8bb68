/// What ``ImageEditor`` does to an image to make a corrected copy: each property one operation, off unless set.
///
/// The operations run in this order: the EXIF orientation is always applied to the pixels (and reset to 1);
/// then ``toSRGB``, ``flatten``, ``whitenBackground``, ``fillFrame``, ``padding``, ``maximumSize``,
/// ``dropGPS`` and ``labelAsAI``; last the copy is encoded as ``format`` (JPEG and WebP at quality 90,
/// lowered in steps of 2 down to 80 while the file is over ``maximumBytes``). Every other metadata field
/// (EXIF, XMP, the ICC profile) is kept.
///
/// ```swift
/// var edit = ImageEdit(format: .jpeg)
/// edit.flatten = true
/// edit.padding = ImageEdit.RatioPadding(ratio: 1, background: .white)
/// let copy = try ImageEditor().apply(edit, to: entry, format: .png)
/// ```
public struct ImageEdit: Sendable, Equatable {
    /// Convert to sRGB at 8 bits per channel through the embedded ICC profile, and embed sRGB.
    public var toSRGB = false
    /// Blend transparency away onto white.
    public var flatten = false
    /// Set the near-white pixels (every channel at least 245) connected to the border to pure white.
    public var whitenBackground = false
    /// Crop the margins around the product so it fills a share of the frame.
    public var fillFrame: FrameFill?
    /// Pad (never crop) to a width-to-height ratio, centring the content.
    public var padding: RatioPadding?
    /// Scale down (Lanczos 3) to fit these bounds.
    public var maximumSize: SizeBounds?
    /// Drop the EXIF GPS block.
    public var dropGPS = false
    /// Write the IPTC `DigitalSourceType` `trainedAlgorithmicMedia` into the XMP.
    public var labelAsAI = false
    /// The copy's format: JPEG, PNG, WebP or TIFF.
    public var format: AssetFormat
    /// The largest file the copy may be, or nil for no limit.
    public var maximumBytes: Int?

    /// Creates an edit that only re-encodes the image as `format`.
    public init(format: AssetFormat) {
        self.format = format
    }

    /// The product's crop: the box around everything unlike the background is kept, with margins such that
    /// its longer side is ``share`` of the frame, at the frame's ratio (``ImageEdit/padding``'s when set, else
    /// the image's own).
    ///
    /// The content is never scaled, so the frame shrinks; when it would fall below ``minimumSize`` the image
    /// is left as it is.
    public struct FrameFill: Sendable, Equatable {
        public var share: Double
        public var minimumSize: SizeBounds?

        /// Creates a crop.
        public init(share: Double, minimumSize: SizeBounds? = nil) {
            self.share = share
            self.minimumSize = minimumSize
        }
    }

    /// Padding to a ratio, with a background colour.
    public struct RatioPadding: Sendable, Equatable {
        /// Width divided by height.
        public var ratio: Double
        public var background: Background

        /// Creates a padding.
        public init(ratio: Double, background: Background) {
            self.ratio = ratio
            self.background = background
        }
    }

    /// The colour of added pixels.
    public enum Background: Sendable, Equatable {
        /// Pure white (a main image's background).
        case white
        /// The mean colour of the image's border band, so the padding continues the background.
        case borderMean
    }
}
