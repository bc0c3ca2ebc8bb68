/// Block-averages an image into a smaller ``Raster``, one full-size row at a time, as it is decoded.
///
/// Each reduced pixel is the mean of a `factor` x `factor` block; blocks at the right and bottom edges
/// are smaller, so no pixel is dropped. Colour channels are rounded to the nearest value and alpha is
/// rounded down, so a block with even one pixel less than opaque stays less than opaque: ``PixelAnalysis``
/// sees a lone transparent pixel however far the image is reduced.
///
/// ```swift
/// var reducer = RasterReducer(width: 1600, height: 1200, bands: 4, factor: 8)
/// for row in rows { reducer.add(row) }  // 1200 rows of 1600 x 4 samples
/// let raster = reducer.finish()         // 200 x 150, 4 bands
/// ```
struct RasterReducer {
    /// Full-size width in pixels.
    let width: Int
    /// Samples per full-size pixel; the first 3 (RGB) or 4 (RGBA) are kept.
    let bands: Int
    /// Pixels per block side, 1-256 (a block sum must fit 16 bits).
    let factor: Int
    /// Bands in the reduced raster: 4 when the input has alpha, else 3.
    let keptBands: Int
    /// Per full-size column and band, the sum over the rows added to the current block row.
    private var columnSums: [UInt16]
    private var rowsInBlock = 0
    private var samples: [UInt8] = []

    /// Creates a reducer for `height` rows of `width` pixels with `bands` 8-bit samples each.
    init(width: Int, height: Int, bands: Int, factor: Int) {
        precondition(bands >= 3 && (1...256).contains(factor))
        self.width = width
        self.bands = bands
        self.factor = factor
        keptBands = bands >= 4 ? 4 : 3
        columnSums = [UInt16](repeating: 0, count: width * bands)
        samples.reserveCapacity(Self.reduced(width, by: factor) * Self.reduced(height, by: factor) * keptBands)
    }

    /// Adds the next full-size row: `width` pixels of `bands` samples, left to right.
    mutating func add(_ row: Span<UInt8>) {
        guard factor > 1 else { return append(unreduced: row) }
        row.withUnsafeBufferPointer { row in
            columnSums.withUnsafeMutableBufferPointer { sums in
                for index in 0..<min(sums.count, row.count) { sums[index] &+= UInt16(row[index]) }
            }
        }
        rowsInBlock += 1
        if rowsInBlock == factor { emitBlockRow() }
    }

    /// The reduced raster, including a last, partial block row.
    mutating func finish() -> Raster {
        if rowsInBlock > 0 { emitBlockRow() }
        let reducedWidth = Self.reduced(width, by: factor)
        return Raster(width: reducedWidth, height: samples.count / max(reducedWidth * keptBands, 1), bands: keptBands, samples: samples)
    }

    /// Appends a row as it is (factor 1), keeping the first ``keptBands`` samples of each pixel.
    private mutating func append(unreduced row: Span<UInt8>) {
        let count = min(width * bands, row.count)
        if bands == keptBands {
            row.withUnsafeBufferPointer { samples.append(contentsOf: $0.prefix(count)) }
        } else {
            for pixel in stride(from: 0, to: count, by: bands) {
                for band in 0..<keptBands { samples.append(row[pixel + band]) }
            }
        }
    }

    /// Appends one reduced row made from the column sums, then starts the next block row.
    ///
    /// `samples` is appended to outside any borrow of `columnSums`: both are parts of `self`, and changing
    /// one inside a closure that holds the other is an overlapping access, which the optimiser of a
    /// release build turned into a corrupted heap.
    ///
    /// Means are divided in floating point, which is quicker than integer division and rounds the same:
    /// the quotient is correctly rounded, so a mean on a rounding boundary comes out exactly on it, and
    /// any other is at least 1/131,072 away from one (a block holds at most 65,536 pixels).
    private mutating func emitBlockRow() {
        for left in stride(from: 0, to: width, by: factor) {
            let columns = min(factor, width - left)
            var (red, green, blue, alpha) = (0, 0, 0, 0)
            for column in stride(from: left * bands, to: (left + columns) * bands, by: bands) {
                red += Int(columnSums[column])
                green += Int(columnSums[column + 1])
                blue += Int(columnSums[column + 2])
                if keptBands == 4 { alpha += Int(columnSums[column + 3]) }
            }
            let pixels = Double(columns * rowsInBlock)
            samples.append(UInt8(Double(red) / pixels + 0.5))
            samples.append(UInt8(Double(green) / pixels + 0.5))
            samples.append(UInt8(Double(blue) / pixels + 0.5))
            if keptBands == 4 { samples.append(UInt8(Double(alpha) / pixels)) }  // converting truncates: alpha rounds down
        }
        columnSums.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        rowsInBlock = 0
    }

    /// The reduced length of a side: every started block counts.
    static func reduced(_ length: Int, by factor: Int) -> Int { (length + factor - 1) / factor }
}
