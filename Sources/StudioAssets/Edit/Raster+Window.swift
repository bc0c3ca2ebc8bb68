extension Raster {
    /// The part of the raster inside a rectangle that may reach past its edges: pixels outside the raster
    /// take the colour `fill` (one sample per band).
    ///
    /// Cropping and padding are both windows.
    func window(_ rectangle: PixelRect, fill: [UInt8]) -> Raster {
        precondition(fill.count == bands && rectangle.width > 0 && rectangle.height > 0)
        let rowLength = rectangle.width * bands
        var out = [UInt8](repeating: fill[0], count: rowLength * rectangle.height)
        out.withUnsafeMutableBufferPointer { out in
            if fill.contains(where: { $0 != fill[0] }) {  // a colour, not a grey: the first row pixel by pixel, then copies of it
                for index in 0..<rectangle.width { for band in 0..<bands { out[index * bands + band] = fill[band] } }
                for row in 1..<rectangle.height { (out.baseAddress! + row * rowLength).update(from: out.baseAddress!, count: rowLength) }
            }
            let left = max(0, rectangle.x)
            let right = min(width, rectangle.x + rectangle.width)
            guard left < right else { return }
            samples.withUnsafeBufferPointer { samples in
                for y in max(0, rectangle.y)..<min(height, rectangle.y + rectangle.height) {
                    let source = (y * width + left) * bands
                    let target = ((y - rectangle.y) * rectangle.width + (left - rectangle.x)) * bands
                    let count = (right - left) * bands
                    out.baseAddress!.advanced(by: target).update(from: samples.baseAddress!.advanced(by: source), count: count)
                }
            }
        }
        return Raster(width: rectangle.width, height: rectangle.height, bands: bands, samples: out)
    }
}

/// A rectangle of whole pixels; `x` and `y` may be negative (a window reaching past the top left).
struct PixelRect: Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}
