import CVips

/// Decodes a reduced copy of an image, for ``PixelAnalysis``.
///
/// JPEG and WebP are reduced while decoding (shrink-on-load: libjpeg's DCT scaling, libwebp's scaler);
/// a progressive JPEG reduced by 8 is decoded from its DC scans (``EighthScaleJPEG``).
/// Other formats are decoded in full, a strip at a time, and block-averaged by ``RasterReducer`` as the
/// strips arrive, so the full-size image is never held in memory.
enum PixelProbe {
    /// The reduced copy's longer side is at least this (unless the image is smaller).
    ///
    /// One reduced pixel then covers at most 1/128 of the longer side (under 1 %), which bounds how far
    /// the product box's edges can move.
    static let minimumLongSide = 128

    /// Full-size rows decoded per `vips_region_prepare`.
    private static let stripRows = 64

    /// The integer reduction that keeps the longer side at or above ``minimumLongSide``, at most 8
    /// (libjpeg's largest DCT scaling).
    ///
    /// A block of 8 x 8 pixels still shows a one-pixel black line on white: the line moves the block's
    /// mean by 255 / 8 (about 32), more than ``PixelAnalysis/productTolerance``.
    static func shrinkFactor(width: Int, height: Int) -> Int {
        let longSide = max(width, height)
        return [8, 4, 2].first { longSide / $0 >= minimumLongSide } ?? 1
    }

    /// Decodes the image at `path` reduced by ``shrinkFactor(width:height:)``, as 8-bit sRGB(A).
    ///
    /// - Parameters:
    ///   - path: the image file.
    ///   - format: the image's format, which picks the libvips loader.
    ///   - width: the image's width as stored, for the reduction.
    ///   - height: the image's height as stored, for the reduction.
    ///   - progressiveJPEG: the bytes of the file when it is a progressive JPEG: at a reduction
    ///     by 8 only the scans that libjpeg then reads are decoded (see ``EighthScaleJPEG``).
    /// - Returns: the reduced image's pixels.
    /// - Throws: ``AssetError`` when the format has no loader or libvips cannot decode the image.
    static func raster(
        path: String,
        format: AssetFormat,
        width: Int,
        height: Int,
        progressiveJPEG: [UInt8]? = nil
    ) throws(AssetError) -> Raster {
        try Vips.start()
        let shrink = shrinkFactor(width: width, height: height)
        if shrink == 8, let progressiveJPEG, let reduced = EighthScaleJPEG(progressiveJPEG) {
            // libvips reads the bytes as it decodes, so the whole decode happens while they are borrowed.
            let decoded = reduced.bytes.withUnsafeBytes { bytes in
                Result { () throws(AssetError) in
                    try Vips.attributed { () throws(VipsFailure) in
                        let image = try VipsImageRef("vips_jpegload_source") {
                            cvips_jpegload_memory_shrink(bytes.baseAddress, bytes.count, $0, 8)
                        }
                        return try reduce(eightBitSRGB(image), by: 1)
                    }
                }
            }
            return try decoded.get()
        }
        guard let loader = ImageProbe.loader(for: format) else { throw .unrecognised }
        return try Vips.attributed { () throws(VipsFailure) in
            let (image, remainingShrink) = try open(path, format: format, loader: loader, shrink: shrink)
            return try reduce(eightBitSRGB(image), by: remainingShrink)
        }
    }

    /// Opens the image at `path` for decoding: JPEG and WebP already reduced by `shrink`, other formats at full size, streamed.
    ///
    /// Returns the reduction still to be made.
    private static func open(
        _ path: String,
        format: AssetFormat,
        loader: String,
        shrink: Int
    ) throws(VipsFailure) -> (image: VipsImageRef, remainingShrink: Int) {
        switch format {
        case .jpeg: (try VipsImageRef("vips_jpegload") { cvips_jpegload_shrink(path, $0, Int32(shrink)) }, 1)
        case .webp: (try VipsImageRef("vips_webpload") { cvips_webpload_scale(path, $0, 1 / Double(shrink)) }, 1)
        default: (try VipsImageRef(loader) { cvips_load_sequential(loader, path, $0) }, shrink)
        }
    }

    /// `image` converted to sRGB and 8 bits per band where it is not already.
    private static func eightBitSRGB(_ image: VipsImageRef) throws(VipsFailure) -> VipsImageRef {
        var image = image
        if image.interpretation != VIPS_INTERPRETATION_sRGB {
            let input = image
            image = try VipsImageRef("vips_colourspace") { cvips_to_srgb(input.pointer, $0) }
        }
        if image.bandFormat != VIPS_FORMAT_UCHAR {
            let input = image
            image = try VipsImageRef("vips_cast_uchar") { cvips_cast_uchar(input.pointer, $0) }
        }
        return image
    }

    /// Decodes the whole image on the calling thread, strip by strip, into a ``RasterReducer``.
    ///
    /// Each `vips_region_prepare` runs the pipeline here, with no worker threads: `inspect` already
    /// keeps every core busy with one file each. The rows are handed over as `Span`s of the region's
    /// memory, which cannot outlive this function.
    private static func reduce(_ image: VipsImageRef, by factor: Int) throws(VipsFailure) -> Raster {
        let (width, height, bands) = (image.width, image.height, image.bands)
        guard bands >= 3 else { throw .unexpected(call: "vips_colourspace", detail: "expected 3 or 4 bands, got \(bands)") }
        guard let region = vips_region_new(image.pointer) else { throw .libvips(call: "vips_region_new") }
        defer { g_object_unref(region) }
        var reducer = RasterReducer(width: width, height: height, bands: bands, factor: factor)
        for top in stride(from: 0, to: height, by: stripRows) {
            let rows = min(stripRows, height - top)
            var strip = VipsRect(left: 0, top: Int32(top), width: Int32(width), height: Int32(rows))
            try vipsCall("vips_region_prepare") { vips_region_prepare(region, &strip) }
            guard let data = region.pointee.data else { throw .unexpected(call: "vips_region_prepare", detail: "no pixels") }
            let rowBytes = Int(region.pointee.bpl)
            for y in 0..<rows {
                reducer.add(UnsafeBufferPointer(start: data + y * rowBytes, count: width * bands).span)
            }
        }
        return reducer.finish()
    }
}
