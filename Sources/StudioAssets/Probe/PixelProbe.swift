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
            image = try VipsImageRef("vips_jpegload", about: path) { cvips_jpegload_shrink(path, $0, Int32(shrink)) }
        case .webp:
            image = try VipsImageRef("vips_webpload", about: path) { cvips_webpload_scale(path, $0, 1 / Double(shrink)) }
        default:
            guard let loader = ImageProbe.loader(for: format) else { throw .unrecognised }
            image = try VipsImageRef(loader, about: path) { cvips_load_sequential(loader, path, $0) }
            if shrink > 1 {
                // Block averaging keeps a lone transparent pixel visible to `anyTransparent`.
                let input = image
                image = try VipsImageRef("vips_shrink", about: path) { cvips_shrink(input.pointer, $0, Double(shrink)) }
            }
        }
        if image.interpretation != VIPS_INTERPRETATION_sRGB {
            let input = image
            image = try VipsImageRef("vips_colourspace", about: path) { cvips_to_srgb(input.pointer, $0) }
        }
        if image.bandFormat != VIPS_FORMAT_UCHAR {
            let input = image
            image = try VipsImageRef("vips_cast_uchar", about: path) { cvips_cast_uchar(input.pointer, $0) }
        }
        return try copyPixels(image, path: path)
    }

    /// Decodes the whole image into Swift memory on the calling thread, keeping the first 3 or 4 bands.
    ///
    /// One `vips_region_prepare` over the whole (small) image runs the pipeline here, with no
    /// worker threads: `inspect` already keeps every core busy with one file each.
    private static func copyPixels(_ image: VipsImageRef, path: String) throws(AssetError) -> Raster {
        let (width, height, bands) = (image.width, image.height, image.bands)
        guard bands >= 3 else {
            throw .library(name: "libvips", call: "vips_colourspace", message: "expected 3 or 4 bands, got \(bands)")
        }
        guard let region = vips_region_new(image.pointer) else {
            throw .library(name: "libvips", call: "vips_region_new", message: Vips.takeErrorMessage(about: path))
        }
        defer { g_object_unref(region) }
        var whole = VipsRect(left: 0, top: 0, width: Int32(width), height: Int32(height))
        try vipsCall("vips_region_prepare", about: path) { vips_region_prepare(region, &whole) }
        guard let data = region.pointee.data else {
            throw .library(name: "libvips", call: "vips_region_prepare", message: "no pixels")
        }
        let kept = bands >= 4 ? 4 : 3
        let rowBytes = Int(region.pointee.bpl)
        var samples = [UInt8](repeating: 0, count: width * height * kept)
        samples.withUnsafeMutableBufferPointer { target in
            for y in 0..<height {
                let row = data + y * rowBytes
                for x in 0..<width {
                    for band in 0..<kept { target[(y * width + x) * kept + band] = row[x * bands + band] }
                }
            }
        }
        return Raster(width: width, height: height, bands: kept, samples: samples)
    }
}
