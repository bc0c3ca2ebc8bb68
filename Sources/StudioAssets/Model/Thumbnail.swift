/// A small JPEG of an image, or of a video's first key frame, as a review page shows it: at most
/// ``maximumSide`` pixels on the longer side, turned as displayed (EXIF orientation, video rotation).
///
/// ``AssetInspector`` makes one per file when ``InspectOptions/thumbnails`` is on: for an image from the
/// same reduced decode that ``PixelStats`` come from (never a second full decode), for a video from its
/// first key frame (libavcodec). Transparent pixels show over a grey checkerboard.
public struct Thumbnail: Sendable, Equatable {
    /// The longest side a thumbnail has.
    public static let maximumSide = 320

    /// The JPEG file's bytes.
    public var jpeg: [UInt8]
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// Creates a thumbnail.
    public init(jpeg: [UInt8], width: Int, height: Int) {
        self.jpeg = jpeg
        self.width = width
        self.height = height
    }
}
