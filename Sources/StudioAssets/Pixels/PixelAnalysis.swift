/// Computes ``PixelStats`` from a reduced copy of an image: border colour, transparency and
/// the product's bounding box.
///
/// The reduced copy is at most 8 times smaller per side (JPEG and WebP scale while decoding, other
/// formats are block-averaged by ``RasterReducer``, so a lone transparent pixel still shows), so a
/// border band of 2 % of the shorter side still spans a few of its pixels and the product box is exact
/// to within one block.
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
    /// - Returns: the statistics of the reduced copy.
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

    /// Sums, minimums and the near-white count over the pixels of the outer band, visiting only those.
    private func borderStats() -> BorderStats {
        let (width, height, bands) = (raster.width, raster.height, raster.bands)
        var totals = ChannelTotals(nearWhiteFloor: UInt8(255 - Self.nearWhiteTolerance))
        let band = bandPixels
        raster.samples.withUnsafeBufferPointer { samples in
            func visit(row y: Int, columns: Range<Int>) {
                for x in columns {
                    let base = (y * width + x) * bands
                    let alpha: UInt8 = bands == 4 ? samples[base + 3] : 255
                    totals.add(samples[base], samples[base + 1], samples[base + 2], alpha)
                }
            }
            for y in 0..<height {
                if y < band || y >= height - band {
                    visit(row: y, columns: 0..<width)
                } else {
                    visit(row: y, columns: 0..<min(band, width))
                    visit(row: y, columns: max(band, width - band)..<width)
                }
            }
        }
        let total = Double(max(totals.count, 1))
        return BorderStats(
            bandFraction: Self.bandFraction,
            mean: totals.sums.prefix(bands).map { Double($0) / total },
            min: Array(totals.minimums.prefix(bands)),
            nearWhiteTolerance: Self.nearWhiteTolerance,
            nearWhiteShare: Double(totals.nearWhite) / total
        )
    }

    /// The box (in reduced-copy pixels, end exclusive) around every pixel unlike the background.
    ///
    /// A mostly transparent border means a cut-out: the product is what is opaque. Otherwise it is
    /// what differs in colour from the border's mean; transparent pixels are never product then.
    /// Each row is searched from the left and from the right, so the inside of the product is skipped.
    private func productBox(background: [Double]) -> Box? {
        let (width, height, bands) = (raster.width, raster.height, raster.bands)
        let cutOut = raster.hasAlpha && background[3] < 128
        // `differs[channel * 256 + value]`: whether `value` is further than the tolerance from the background.
        let differs = (0..<3).flatMap { channel in
            (0...255).map { abs(Double($0) - background[channel]) > Double(Self.productTolerance) }
        }
        var box: Box?
        raster.samples.withUnsafeBufferPointer { samples in
            differs.withUnsafeBufferPointer { differs in
                /// Whether the pixel whose samples start at `base` belongs to the product.
                func isProduct(_ base: Int) -> Bool {
                    if cutOut { return samples[base + 3] >= 128 }
                    if bands == 4 && samples[base + 3] < 128 { return false }
                    return differs[Int(samples[base])] || differs[256 + Int(samples[base + 1])] || differs[512 + Int(samples[base + 2])]
                }
                for y in 0..<height {
                    let rowStart = y * width * bands
                    var first = 0
                    while first < width && !isProduct(rowStart + first * bands) { first += 1 }
                    guard first < width else { continue }
                    var last = width - 1
                    while !isProduct(rowStart + last * bands) { last -= 1 }  // stops at `first` at the latest
                    let row = Box(x0: first, y0: y, x1: last + 1, y1: y + 1)
                    box = box.map { Box(x0: min($0.x0, row.x0), y0: $0.y0, x1: max($0.x1, row.x1), y1: row.y1) } ?? row
                }
            }
        }
        return box
    }
}

/// Running per-channel sums and minimums of RGBA pixels, and how many of them are opaque and near-white.
private struct ChannelTotals {
    /// The lowest value of each colour channel in a near-white pixel.
    let nearWhiteFloor: UInt8
    private(set) var count = 0
    private(set) var nearWhite = 0
    private var red = 0, green = 0, blue = 0, alpha = 0
    private var minRed: UInt8 = 255, minGreen: UInt8 = 255, minBlue: UInt8 = 255, minAlpha: UInt8 = 255

    init(nearWhiteFloor: UInt8) { self.nearWhiteFloor = nearWhiteFloor }

    /// The sums, red to alpha.
    var sums: [Int] { [red, green, blue, alpha] }
    /// The minimums, red to alpha.
    var minimums: [Int] { [minRed, minGreen, minBlue, minAlpha].map(Int.init) }

    /// Adds one pixel (alpha 255 for an image without alpha).
    mutating func add(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ a: UInt8) {
        red += Int(r)
        green += Int(g)
        blue += Int(b)
        alpha += Int(a)
        minRed = min(minRed, r)
        minGreen = min(minGreen, g)
        minBlue = min(minBlue, b)
        minAlpha = min(minAlpha, a)
        count += 1
        if a == 255 && r >= nearWhiteFloor && g >= nearWhiteFloor && b >= nearWhiteFloor { nearWhite += 1 }
    }
}

/// A rectangle with exclusive ends, in some pixel grid.
struct Box: Equatable {
    var x0: Int, y0: Int, x1: Int, y1: Int
}
