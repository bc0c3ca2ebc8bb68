/// Reads the first image file directory of a TIFF (classic or BigTIFF) for what libvips' loader
/// does not report, or reports otherwise: bits per sample below 8, alpha from the sample layout, the
/// resolution with its unit, and the EXIF and GPS IFDs.
///
/// A sample layout libvips' loader refuses although exiftool and ImageMagick read it (several samples at
/// 1, 2 or 4 bits: RGB, gray and alpha, CMYK) gets its whole header from the IFD; only `--pixels` then
/// fails. A file whose IFD cannot be read is left to libvips, which says what is wrong with it.
enum TIFFScanner {
    static func scan(_ file: AssetFile) -> ContainerScan {
        var result = ContainerScan()
        guard let tiff = TIFFReader(file), let ifd0 = tiff.entries(at: tiff.firstIFD) else { return result }
        let value = { (tag: Int) in tiff.entry(tag, in: ifd0).flatMap(tiff.integer) }
        if tiff.entry(0xC612, in: ifd0) != nil {  // DNGVersion
            result.unsupported = "camera raw (DNG)"
            return result
        }
        let exif = EXIFSummary(tiff)
        result.readsResolution = true
        result.statedDPI = exif?.dpi
        result.stated.exif = exif
        let photometric = value(262)
        let bitsPerSample = value(258) ?? 1
        // Palette images report the depth of their colours (8), not of their indexes.
        result.stated.bitDepth = photometric == 3 ? 8 : bitsPerSample
        let samples = value(277) ?? 1
        let hasExtraSamples = tiff.entry(338, in: ifd0) != nil
        if let photometric, let channels = colorChannels(photometric: photometric, inks: value(334)) {
            result.stated.hasAlpha = hasExtraSamples || samples > channels
        }
        // libvips decodes a palette of gray colours to gray; its colour model is RGB, as in PNG and GIF.
        if photometric == 3 { result.stated.colorSpace = .srgb }
        let libvipsRefuses = bitsPerSample < 8 && samples > 1
        if libvipsRefuses, let width = value(256), let height = value(257), width > 0, height > 0 {
            let profile = tiff.entry(34675, in: ifd0).map(tiff.bytes).flatMap(ICCProfile.init)
            let facts = ImageFacts(
                orientation: Orientation(value(274) ?? 1).value,
                colorSpace: profile?.colorSpace ?? colorSpace(photometric: photometric),
                iccProfile: profile?.description,
                hasAlpha: result.stated.hasAlpha ?? hasExtraSamples,
                bitDepth: bitsPerSample,
                frames: 1,
                dpi: exif?.dpi,
                gps: exif?.hasGPS ?? false
            )
            result.imageHeader = ImageHeader(
                storedWidth: width,
                storedHeight: height,
                facts: facts,
                created: exif?.dateTimeOriginal.flatMap(EXIFDate.isoString)
            )
        }
        return result
    }

    /// The colour space of a PhotometricInterpretation, as libvips names the pixels it decodes.
    private static func colorSpace(photometric: Int?) -> ColorSpace {
        switch photometric {
        case 0, 1: .gray
        case 2, 3, 6: .srgb
        case 5: .cmyk
        default: .other
        }
    }

    /// The colour samples per pixel of a PhotometricInterpretation: 1 for gray and palette, 3 for RGB,
    /// YCbCr and the Lab kinds, the number of inks for separated (CMYK by default); nil for others.
    private static func colorChannels(photometric: Int, inks: Int?) -> Int? {
        switch photometric {
        case 0, 1, 3, 4, 32844: 1
        case 2, 6, 8, 9, 10, 32845: 3
        case 5: inks ?? 4
        default: nil
        }
    }
}
