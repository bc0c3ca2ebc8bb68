/// One decoded video frame in planar (or NV12) Y'CbCr, turned into 8-bit RGB rows for a ``RasterReducer``.
///
/// The planes are borrowed from the decoder: a frame never outlives the call that made it.
struct YUVFrame {
    /// How the chroma planes are laid out.
    enum Layout {
        /// Three planes; chroma is `1 << shiftX` pixels wide and `1 << shiftY` rows high per sample.
        case planar(shiftX: Int, shiftY: Int)
        /// One luma plane and one plane of interleaved Cb, Cr pairs, both halved (4:2:0).
        case nv12
        /// Luma only.
        case gray
    }

    /// The matrix coefficients of the luma equation (Rec.601 or Rec.709).
    struct Matrix {
        let kr: Double
        let kb: Double

        static let rec601 = Matrix(kr: 0.299, kb: 0.114)
        static let rec709 = Matrix(kr: 0.2126, kb: 0.0722)
    }

    let width: Int
    let height: Int
    let layout: Layout
    let matrix: Matrix
    /// Whether samples use the whole 0-255 range (JPEG range) rather than 16-235 and 16-240.
    let fullRange: Bool
    /// The planes' first bytes and bytes per row: luma, then chroma.
    let planes: [UnsafePointer<UInt8>]
    let strides: [Int]

    /// The frame reduced by `factor` (block-averaged), as 8-bit RGB.
    func raster(reducedBy factor: Int) -> Raster {
        var reducer = RasterReducer(width: width, height: height, bands: 3, factor: factor)
        var row = [UInt8](repeating: 0, count: width * 3)
        let lumaScale = fullRange ? 1.0 : 255.0 / 219.0
        let chromaScale = fullRange ? 1.0 : 255.0 / 224.0
        let kg = 1 - matrix.kr - matrix.kb
        let crToR = 2 * (1 - matrix.kr) * chromaScale
        let cbToB = 2 * (1 - matrix.kb) * chromaScale
        let cbToG = 2 * matrix.kb * (1 - matrix.kb) / kg * chromaScale
        let crToG = 2 * matrix.kr * (1 - matrix.kr) / kg * chromaScale
        for y in 0..<height {
            row.withUnsafeMutableBufferPointer { row in
                for x in 0..<width {
                    let luma = (Double(planes[0][y * strides[0] + x]) - (fullRange ? 0 : 16)) * lumaScale
                    let (cb, cr) = chroma(x, y)
                    row[x * 3] = Self.clamped(luma + crToR * cr)
                    row[x * 3 + 1] = Self.clamped(luma - cbToG * cb - crToG * cr)
                    row[x * 3 + 2] = Self.clamped(luma + cbToB * cb)
                }
            }
            row.withUnsafeBufferPointer { reducer.add($0.span) }
        }
        return reducer.finish()
    }

    /// Cb and Cr at a pixel, centred on zero.
    private func chroma(_ x: Int, _ y: Int) -> (Double, Double) {
        switch layout {
        case .planar(let shiftX, let shiftY):
            let offset = (y >> shiftY) * strides[1] + (x >> shiftX)
            let offsetCr = (y >> shiftY) * strides[2] + (x >> shiftX)
            return (Double(planes[1][offset]) - 128, Double(planes[2][offsetCr]) - 128)
        case .nv12:
            let offset = (y >> 1) * strides[1] + (x >> 1) * 2
            return (Double(planes[1][offset]) - 128, Double(planes[1][offset + 1]) - 128)
        case .gray:
            return (0, 0)
        }
    }

    private static func clamped(_ value: Double) -> UInt8 { UInt8(max(0, min(255, value.rounded()))) }
}
