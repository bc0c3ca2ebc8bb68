/// A small decoded image: 8-bit sRGB samples, 3 bands (RGB) or 4 (RGBA), row by row.
struct Raster: Equatable {
    var width: Int
    var height: Int
    var bands: Int
    var samples: [UInt8]

    /// Whether the fourth band is alpha.
    var hasAlpha: Bool { bands == 4 }
}
