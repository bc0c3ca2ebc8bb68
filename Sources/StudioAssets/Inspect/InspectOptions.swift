/// What ``AssetInspector`` reads besides the headers, and what it refuses.
public struct InspectOptions: Sendable, Equatable {
    /// The default for ``maxPixels``: 100 million.
    public static let defaultMaxPixels = 100_000_000

    /// Whether to decode a reduced copy of each image for ``PixelStats``.
    public var pixels: Bool
    /// Images whose header declares more pixels (width × height) are refused before any decoding.
    public var maxPixels: Int
    /// Whether to make a ``Thumbnail`` of each file; for images it comes from the reduced copy, so
    /// ``pixels`` are decoded too.
    public var thumbnails: Bool

    /// Creates options.
    public init(pixels: Bool = false, maxPixels: Int = defaultMaxPixels, thumbnails: Bool = false) {
        self.pixels = pixels
        self.maxPixels = maxPixels
        self.thumbnails = thumbnails
    }
}
