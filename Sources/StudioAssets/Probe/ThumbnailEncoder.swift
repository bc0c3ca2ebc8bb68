import CVips

/// Makes a ``Thumbnail`` from a reduced copy of an image or a video frame.
enum ThumbnailEncoder {
    /// The JPEG quality of thumbnails: small files with no visible blocks at their size.
    static let quality = 70

    /// The raster turned as displayed, made opaque over a checkerboard, fitted within
    /// ``Thumbnail/maximumSide`` and encoded as a JPEG without metadata.
    ///
    /// - Parameters:
    ///   - raster: the reduced copy of the image or video frame.
    ///   - orientation: the EXIF orientation (1-8) of the pixels in `raster`.
    /// - Returns: the thumbnail.
    /// - Throws: ``AssetError`` when libvips cannot make the thumbnail.
    static func encode(_ raster: Raster, orientation: Int) throws(AssetError) -> Thumbnail {
        try Vips.start()
        return try Vips.attributed { () throws(VipsFailure) in try encoded(raster, orientation: orientation) }
    }

    private static func encoded(_ raster: Raster, orientation: Int) throws(VipsFailure) -> Thumbnail {
        var image = try VipsImageRef(copying: raster.overCheckerboard())
        if Orientation(orientation).value != 1 {
            vips_image_set_int(image.pointer, "orientation", Int32(orientation))
            let stored = image
            image = try VipsImageRef("vips_autorot") { cvips_autorot(stored.pointer, $0) }
        }
        let longSide = max(image.width, image.height)
        if longSide > Thumbnail.maximumSide {
            let scale = Double(Thumbnail.maximumSide) / Double(longSide)
            let width = max(1, min(Thumbnail.maximumSide, Int((Double(image.width) * scale).rounded())))
            let height = max(1, min(Thumbnail.maximumSide, Int((Double(image.height) * scale).rounded())))
            image = try VipsEncoder.resize(image, width: width, height: height)
        }
        let jpeg = try VipsEncoder.encode(image, as: .jpeg, quality: quality, strip: true)
        return Thumbnail(jpeg: jpeg, width: image.width, height: image.height)
    }
}
