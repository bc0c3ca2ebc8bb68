/// Facts about an image's pixels, computed on a reduced copy decoded with shrink-on-load
/// (only with `--pixels`).
///
/// Coordinates are in displayed pixels of the full-size image (after EXIF orientation).
public struct PixelStats: Sendable, Equatable {
    /// Width and height of the reduced copy the statistics were computed on.
    public var analysedWidth: Int
    /// Height of the reduced copy.
    public var analysedHeight: Int
    /// The outer band of the image, where a product photo's background shows.
    public var border: BorderStats
    /// Whether any pixel is less than fully opaque.
    public var anyTransparent: Bool
    /// The box around everything that differs from the border's background, or nil when nothing does.
    public var product: ProductBox?

    /// Creates pixel statistics.
    public init(analysedWidth: Int, analysedHeight: Int, border: BorderStats, anyTransparent: Bool, product: ProductBox?) {
        self.analysedWidth = analysedWidth
        self.analysedHeight = analysedHeight
        self.border = border
        self.anyTransparent = anyTransparent
        self.product = product
    }
}

/// Colour statistics of the outer band of an image.
public struct BorderStats: Sendable, Equatable {
    /// The band's width as a fraction of the shorter side (at least one pixel of the reduced copy).
    public var bandFraction: Double
    /// Mean value per channel (R, G, B, then alpha when there is one), 0-255.
    public var mean: [Double]
    /// Minimum value per channel, 0-255.
    public var min: [Int]
    /// Tolerance of the near-white test: a pixel is near-white when it is opaque and
    /// every colour channel is at least `255 - nearWhiteTolerance`.
    public var nearWhiteTolerance: Int
    /// Share of the band's pixels that are near-white, 0-1.
    public var nearWhiteShare: Double

    /// Creates border statistics.
    public init(bandFraction: Double, mean: [Double], min: [Int], nearWhiteTolerance: Int, nearWhiteShare: Double) {
        self.bandFraction = bandFraction
        self.mean = mean
        self.min = min
        self.nearWhiteTolerance = nearWhiteTolerance
        self.nearWhiteShare = nearWhiteShare
    }
}

/// The bounding box of the product: every pixel that differs from the background.
public struct ProductBox: Sendable, Equatable {
    /// Left edge, in displayed pixels of the full-size image.
    public var x: Int
    /// Top edge.
    public var y: Int
    /// Width.
    public var width: Int
    /// Height.
    public var height: Int
    /// The box's area as a fraction of the image's area, 0-1.
    public var fill: Double

    /// Creates a box.
    public init(x: Int, y: Int, width: Int, height: Int, fill: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.fill = fill
    }
}
