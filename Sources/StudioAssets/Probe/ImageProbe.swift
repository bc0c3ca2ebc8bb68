import CVips

/// Reads an image's header with libvips: size, orientation, colour, alpha, depth and frames, and the
/// EXIF block it found (resolution, GPS, DateTimeOriginal), read by ``EXIFSummary``.
///
/// No pixel is decoded.
///
/// The resolution comes from EXIF only: the formats whose own headers state one (JPEG, PNG, TIFF) have
/// it read by their container scan, and libvips gives the others a default of 72 dpi that no file states.
enum ImageProbe {
    /// The libvips loader for each image format.
    static func loader(for format: AssetFormat) -> String? {
        switch format {
        case .jpeg: "jpegload"
        case .png: "pngload"
        case .webp: "webpload"
        case .gif: "gifload"
        case .tiff: "tiffload"
        case .heif, .avif: "heifload"
        case .mp4, .mov, .webm, .mkv, .avi: nil
        }
    }

    /// Reads the header of the image at `path`.
    static func read(path: String, format: AssetFormat) throws(AssetError) -> ImageHeader {
        try Vips.start()
        guard let loader = loader(for: format) else { throw .unrecognised }
        let image = try Vips.attributed { () throws(VipsFailure) in try VipsImageRef(loader) { cvips_load(loader, path, $0) } }
        let profile = image.blob("icc-profile-data").flatMap(ICCProfile.init)
        let exif = image.blob("exif-data").flatMap(EXIFSummary.init)
        let facts = ImageFacts(
            orientation: Orientation(image.int("orientation") ?? 1).value,
            colorSpace: profile?.colorSpace ?? colorSpace(of: image.interpretation),
            iccProfile: profile?.description,
            hasAlpha: image.hasAlpha,
            bitDepth: image.int("heif-bitdepth") ?? image.int("bits-per-sample") ?? bitDepth(of: image.bandFormat),
            frames: max(1, image.pages),
            dpi: exif?.dpi,
            gps: exif?.hasGPS ?? false
        )
        return ImageHeader(
            storedWidth: image.width,
            storedHeight: image.height,
            facts: facts,
            created: exif?.dateTimeOriginal.flatMap(EXIFDate.isoString)
        )
    }

    /// The colour space of a file without an ICC profile, from how libvips interprets its pixels.
    static func colorSpace(of interpretation: VipsInterpretation) -> ColorSpace {
        switch interpretation {
        case VIPS_INTERPRETATION_sRGB, VIPS_INTERPRETATION_RGB16, VIPS_INTERPRETATION_RGB: .srgb
        case VIPS_INTERPRETATION_B_W, VIPS_INTERPRETATION_GREY16: .gray
        case VIPS_INTERPRETATION_CMYK: .cmyk
        default: .other
        }
    }

    /// Bits per channel of a libvips band format.
    static func bitDepth(of format: VipsBandFormat) -> Int {
        switch format {
        case VIPS_FORMAT_UCHAR, VIPS_FORMAT_CHAR: 8
        case VIPS_FORMAT_USHORT, VIPS_FORMAT_SHORT: 16
        case VIPS_FORMAT_DOUBLE, VIPS_FORMAT_DPCOMPLEX: 64
        default: 32
        }
    }

}
