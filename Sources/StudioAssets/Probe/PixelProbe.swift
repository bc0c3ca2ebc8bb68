import CVips

/// Decodes a reduced copy of an image with shrink-on-load, for ``PixelAnalysis``.
enum PixelProbe {
    /// The reduced copy's longer side is at least this (unless the image is smaller).
    static let minimumLongSide = 256

    /// The integer reduction that keeps the longer side at or above ``minimumLongSide``, at most 8
    /// (libjpeg's largest DCT scaling).
    static func shrinkFactor(width: Int, height: Int) -> Int {
        let longSide = max(width, height)
        return [8, 4, 2].first { longSide / $0 >= minimumLongSide } ?? 1
    }

    /// Decodes the image at `path` reduced by ``shrinkFactor(width:height:)``, as 8-bit sRGB(A).
    static func raster(path: String, format: AssetFormat, width: Int, height: Int) throws(AssetError) -> Raster {
        try Vips.start()
        let shrink = shrinkFactor(width: width, height: height)
        var image: VipsImageRef
        switch format {
        case .jpeg:
            image = try VipsImageRef("vips_jpegload") { cvips_jpegload_shrink(path, $0, Int32(shrink)) }
        case .webp:
            image = try VipsImageRef("vips_webpload") { cvips_webpload_scale(path, $0, 1 / Double(shrink)) }
        default:
            guard let loader = ImageProbe.loader(for: format) else { throw .unrecognised }
            image = try VipsImageRef(loader) { cvips_load_sequential(loader, path, $0) }
            if shrink > 1 {
                let input = image
                image = try VipsImageRef("vips_shrink") { cvips_shrink(input.pointer, $0, Double(shrink)) }
            }
        }
        if image.interpretation != VIPS_INTERPRETATION_sRGB {
            let input = image
            image = try VipsImageRef("vips_colourspace") { cvips_to_srgb(input.pointer, $0) }
        }
        if image.bandFormat != VIPS_FORMAT_UCHAR {
            let input = image
            image = try VipsImageRef("vips_cast_uchar") { cvips_cast_uchar(input.pointer, $0) }
        }
        return try copyPixels(image)
    }

    /// Decodes the whole image into Swift memory, keeping the first 3 or 4 bands.
    private static func copyPixels(_ image: VipsImageRef) throws(AssetError) -> Raster {
        var size = 0
        guard let memory = vips_image_write_to_memory(image.pointer, &size) else {
            throw .library(name: "libvips", call: "vips_image_write_to_memory", message: Vips.takeErrorMessage())
        }
        defer { g_free(memory) }
        let (width, height, bands) = (image.width, image.height, image.bands)
        let source = UnsafeRawBufferPointer(start: memory, count: size)
        let kept = bands >= 4 ? 4 : 3
        guard bands >= 3, size >= width * height * bands else {
            throw .library(name: "libvips", call: "vips_colourspace", message: "expected 3 or 4 bands, got \(bands)")
        }
        if kept == bands {
            return Raster(width: width, height: height, bands: kept, samples: Array(source[0..<width * height * kept]))
        }
        var samples = [UInt8](repeating: 0, count: width * height * kept)
        for pixel in 0..<(width * height) {
            for band in 0..<kept { samples[pixel * kept + band] = source[pixel * bands + band] }
        }
        return Raster(width: width, height: height, bands: kept, samples: samples)
    }
}
