import CVips

/// The steps of an ``ImageEdit``: libvips decodes, converts, flattens, scales and encodes; the edits that
/// need whole-image pixel access (whitening, framing, padding) run in Swift on a ``Raster`` in between.
enum ImageEditing {
    /// The JPEG and WebP qualities tried, best first, until the file is small enough.
    static let qualities = [90, 88, 86, 84, 82, 80]

    /// The edited copy of the image at `path`.
    /// - Throws: ``AssetError/library(name:call:message:)`` in libvips' words, attributed to this file.
    static func run(_ edit: ImageEdit, path: String, format: AssetFormat) throws(AssetError) -> EditedImage {
        try Vips.start()
        guard let loader = ImageProbe.loader(for: format) else { throw .unrecognised }
        return try Vips.attributed { () throws(VipsFailure) in try edited(edit, loader: loader, path: path) }
    }

    private static func edited(_ edit: ImageEdit, loader: String, path: String) throws(VipsFailure) -> EditedImage {
        var image = try VipsImageRef(loader) { cvips_load(loader, path, $0) }
        var notes: [EditNote] = []
        if let orientation = image.int("orientation"), orientation != 1 {
            let stored = image
            image = try VipsImageRef("vips_autorot") { cvips_autorot(stored.pointer, $0) }
        }
        let editsPixels = edit.whitenBackground || edit.fillFrame != nil || edit.padding != nil
        let isEightBitRGB =
            image.bandFormat == VIPS_FORMAT_UCHAR && (image.bands == 3 || image.bands == 4)
            && [VIPS_INTERPRETATION_sRGB, VIPS_INTERPRETATION_RGB].contains(image.interpretation)
        if edit.toSRGB || (editsPixels && !isEightBitRGB) {
            image = try sRGB(image)
            if !edit.toSRGB { notes.append(.convertedToSRGB) }
        }
        if edit.flatten && image.hasAlpha {
            let input = image
            image = try VipsImageRef("vips_flatten") { cvips_flatten_white(input.pointer, $0) }
        }
        if editsPixels {
            var raster = try image.raster()
            notes += raster.applyPixelEdits(edit)
            let edited = try VipsImageRef(copying: raster)
            edited.copyMetadata(from: image)
            image = edited
        }
        if let bounds = edit.maximumSize, let size = bounds.scaledDown(image.width, image.height) {
            image = try VipsEncoder.resize(image, width: size.width, height: size.height)
        }
        if image.has("orientation") { vips_image_set_int(image.pointer, "orientation", 1) }
        image.removeMetadata(prefixed: "jpeg-thumbnail-data")  // the old picture, in EXIF
        if edit.dropGPS { image.removeMetadata(prefixed: "exif-ifd3-") }
        if edit.labelAsAI { image.setBlob("xmp-data", AILabelPacket.labelled(image.blob("xmp-data"))) }
        return try encode(image, edit: edit, notes: notes)
    }

    /// The image in 8-bit sRGB through its ICC profile (or the standard profile of its colour model), carrying
    /// the sRGB profile.
    private static func sRGB(_ image: VipsImageRef) throws(VipsFailure) -> VipsImageRef {
        let model = image.interpretation
        if image.has("icc-profile-data") || model == VIPS_INTERPRETATION_CMYK {
            let fallback = model == VIPS_INTERPRETATION_CMYK ? "cmyk" : "srgb"
            return try VipsImageRef("vips_icc_transform") { cvips_icc_to_srgb(image.pointer, $0, fallback) }
        }
        var converted = image
        if model != VIPS_INTERPRETATION_sRGB {
            converted = try VipsImageRef("vips_colourspace") { cvips_to_srgb(image.pointer, $0) }
        }
        if converted.bandFormat != VIPS_FORMAT_UCHAR {
            let wide = converted
            converted = try VipsImageRef("vips_cast_uchar") { cvips_cast_uchar(wide.pointer, $0) }
        }
        var profile: UnsafeMutablePointer<VipsBlob>?
        try vipsCall("vips_profile_load") { cvips_srgb_profile(&profile) }
        if let profile {
            defer { vips_area_unref(UnsafeMutableRawPointer(profile).assumingMemoryBound(to: VipsArea.self)) }
            var length = 0
            if let data = vips_blob_get(profile, &length) {
                converted.setBlob("icc-profile-data", Array(UnsafeRawBufferPointer(start: data, count: length).bindMemory(to: UInt8.self)))
            }
        }
        return converted
    }

    /// Encodes the copy, lowering the quality in steps while it is over the byte limit.
    private static func encode(_ image: VipsImageRef, edit: ImageEdit, notes: [EditNote]) throws(VipsFailure) -> EditedImage {
        let lossy = edit.format == .jpeg || edit.format == .webp
        var notes = notes
        // libvips would write a PNG's XMP where readers miss it (see PNGXMPChunk).
        let pngXMP = edit.format == .png ? image.blob("xmp-data") : nil
        if pngXMP != nil { image.removeMetadata(prefixed: "xmp-data") }
        var bytes: [UInt8] = []
        var quality: Int?
        for candidate in lossy ? qualities : [100] {
            bytes = try VipsEncoder.encode(image, as: edit.format, quality: candidate)
            quality = lossy ? candidate : nil
            guard let limit = edit.maximumBytes, bytes.count > limit else { break }
        }
        if let pngXMP { bytes = PNGXMPChunk.inserting(pngXMP, into: bytes) }
        if let limit = edit.maximumBytes, bytes.count > limit { notes.append(.overByteLimit(bytes: bytes.count, quality: quality)) }
        return EditedImage(bytes: bytes, format: edit.format, width: image.width, height: image.height, quality: quality, notes: notes)
    }
}
