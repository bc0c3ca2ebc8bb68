/// Reads the first image file directory of a TIFF (classic or BigTIFF) for what libvips' loader
/// does not report, or reports otherwise: bits per sample below 8, alpha from the sample layout, the
/// resolution with its unit, and the EXIF and GPS IFDs.
///
/// A file whose IFD cannot be read is left to libvips, which says what is wrong with it.
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
        // Palette images report the depth of their colours (8), not of their indexes.
        result.stated.bitDepth = photometric == 3 ? 8 : value(258) ?? 1
        let samples = value(277) ?? 1
        let hasExtraSamples = tiff.entry(338, in: ifd0) != nil
        if let photometric, let channels = colorChannels(photometric: photometric, inks: value(334)) {
            result.stated.hasAlpha = hasExtraSamples || samples > channels
        }
        return result
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
