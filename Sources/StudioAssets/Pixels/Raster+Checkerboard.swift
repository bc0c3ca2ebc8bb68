extension Raster {
    /// The raster made opaque over a checkerboard of white and light grey squares, so that a picture of it
    /// still shows which parts are transparent; a raster without alpha is returned as it is.
    func overCheckerboard(square: Int = 8) -> Raster {
        guard hasAlpha else { return self }
        var opaque = [UInt8](repeating: 0, count: width * height * 3)
        samples.withUnsafeBufferPointer { samples in
            opaque.withUnsafeMutableBufferPointer { opaque in
                for y in 0..<height {
                    for x in 0..<width {
                        let pixel = y * width + x
                        let alpha = Int(samples[pixel * 4 + 3])
                        let back = (x / square + y / square) % 2 == 0 ? 255 : 204
                        for channel in 0..<3 {
                            opaque[pixel * 3 + channel] = UInt8((Int(samples[pixel * 4 + channel]) * alpha + back * (255 - alpha) + 127) / 255)
                        }
                    }
                }
            }
        }
        return Raster(width: width, height: height, bands: 3, samples: opaque)
    }
}
