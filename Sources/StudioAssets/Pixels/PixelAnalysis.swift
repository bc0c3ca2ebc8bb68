/// Computes ``PixelStats`` from a reduced copy of an image: border colour, transparency and
/// the product's bounding box.
///
/// The reduced copy is at most 8 times smaller per side (JPEG and WebP scale while decoding, other
/// formats are block-averaged, so a lone transparent pixel still shows), so a border band of 2 % of
/// the shorter side still spans several of its pixels and the product box is exact to within one block.
struct PixelAnalysis {
    /// The border band's width as a fraction of the shorter side.
    static let bandFraction = 0.02
    /// A pixel is near-white when each colour channel is at least `255 - nearWhiteTolerance`.
    static let nearWhiteTolerance = 10
    /// A pixel belongs to the product when a colour channel differs from the background's mean by more than this.
    static let productTolerance = 24

    let raster: Raster

    /// The statistics, with the product box mapped to displayed coordinates of the full-size image.
    ///
    /// - Parameters:
    ///   - storedWidth: the full-size width as stored (before orientation).
    ///   - storedHeight: the full-size height as stored.
    ///   - orientation: the EXIF orientation, 1-8.
    func stats(storedWidth: Int, storedHeight: Int, orientation: Int) -> PixelStats {
        let border = borderStats()
        let box = productBox(background: border.mean).map { box in
            Orientation(orientation).displayedBox(
                box,
                scaleX: Double(storedWidth) / Double(raster.width),
                scaleY: Double(storedHeight) / Double(raster.height),
                storedWidth: storedWidth,
                storedHeight: storedHeight
            )
        }
        return PixelStats(
            analysedWidth: raster.width,
            analysedHeight: raster.height,
            border: border,
            anyTransparent: raster.hasAlpha && stride(from: 3, to: raster.samples.count, by: 4).contains { raster.samples[$0] < 255 },
            product: box
        )
    }

    /// The band width in pixels of the reduced copy (at least 1).
    var bandPixels: Int { max(1, Int((Double(min(raster.width, raster.height)) * Self.bandFraction).rounded())) }

    private func borderStats() -> BorderStats {
        let bands = raster.bands
        var sums = [Int](repeating: 0, count: bands)
        var minimums = [Int](repeating: 255, count: bands)
        var count = 0
        var nearWhite = 0
        let floor = 255 - Self.nearWhiteTolerance
        let band = bandPixels
        raster.samples.withUnsafeBufferPointer { samples in
            for y in 0..<raster.height {
                let rowInBand = y < band || y >= raster.height - band
                for x in 0..<raster.width where rowInBand || x < band || x >= raster.width - band {
                    let base = (y * raster.width + x) * bands
                    for band in 0..<bands {
                        let value = Int(samples[base + band])
                        sums[band] += value
                        minimums[band] = min(minimums[band], value)
                    }
                    count += 1
                    let opaque = bands < 4 || samples[base + 3] == 255
                    let white = Int(samples[base]) >= floor && Int(samples[base + 1]) >= floor && Int(samples[base + 2]) >= floor
                    if opaque && white { nearWhite += 1 }
                }
            }
        }
        let total = Double(max(count, 1))
        return BorderStats(
            bandFraction: Self.bandFraction,
            mean: sums.map { Double($0) / total },
            min: minimums,
            nearWhiteTolerance: Self.nearWhiteTolerance,
            nearWhiteShare: Double(nearWhite) / total
        )
    }

    /// The box (in reduced-copy pixels, end exclusive) around every pixel unlike the background.
    ///
    /// A mostly transparent border means a cut-out: the product is what is opaque. Otherwise it is
    /// what differs in colour from the border's mean.
    private func productBox(background: [Double]) -> Box? {
        let bands = raster.bands
        let cutOut = raster.hasAlpha && background[3] < 128
        let tolerance = Double(Self.productTolerance)
        let (red, green, blue) = (background[0], background[1], background[2])
        var box: Box?
        raster.samples.withUnsafeBufferPointer { samples in
            for y in 0..<raster.height {
                for x in 0..<raster.width {
                    let base = (y * raster.width + x) * bands
                    let isProduct: Bool
                    if cutOut {
                        isProduct = samples[base + 3] >= 128
                    } else {
                        let transparent = bands == 4 && samples[base + 3] < 128
                        isProduct =
                            !transparent
                            && (0..<3).contains {
                                abs(Double(samples[base + $0]) - background[$0]) > Double(Self.productTolerance)
                            }
                    }
                    if isProduct { box = box?.including(x, y) ?? Box(x0: x, y0: y, x1: x + 1, y1: y + 1) }
                }
            }
        }
        return box
    }
}

/// A rectangle with exclusive ends, in some pixel grid.
struct Box: Equatable {
    var x0: Int, y0: Int, x1: Int, y1: Int

    /// The box grown to include the pixel at (x, y).
    func including(_ x: Int, _ y: Int) -> Box {
        Box(x0: min(x0, x), y0: min(y0, y), x1: max(x1, x + 1), y1: max(y1, y + 1))
    }
}
