/// The EXIF facts `inspect` reports, read from a TIFF structure: an EXIF block, or a TIFF file's own.
///
/// It mirrors what libvips takes from libexif (https://www.libvips.org/API/current/libvips-header.html):
/// IFD0 orientation and resolution, DateTimeOriginal from the Exif IFD, and whether the GPS IFD has entries.
struct EXIFSummary: Equatable {
    var orientation: Int?
    var xResolution: Double?
    var resolutionUnit: Int?
    var dateTimeOriginal: String?
    var hasGPS = false

    /// Parses an EXIF block: `Exif\0\0` then a TIFF header (JPEG, HEIF), or the TIFF header alone (WebP,
    /// PNG `eXIf`); nil when it is neither.
    init?(_ block: [UInt8]) {
        let tiff = block.hasASCII("Exif\u{0}\u{0}", at: 0) ? Array(block.dropFirst(6)) : block
        guard let reader = TIFFReader(tiff) else { return nil }
        self.init(reader)
    }

    /// Reads the first IFD of `tiff` and the Exif and GPS IFDs it points to; nil when the first IFD
    /// lies outside the bytes.
    init?<Source>(_ tiff: TIFFReader<Source>) {
        guard let ifd0 = tiff.entries(at: tiff.firstIFD) else { return nil }
        for entry in ifd0 {
            switch entry.tag {
            case 0x0112: orientation = tiff.integer(entry)
            case 0x011A: xResolution = tiff.number(entry)
            case 0x0128: resolutionUnit = tiff.integer(entry)
            case 0x8769:
                let exif = tiff.integer(entry).flatMap { tiff.entries(at: $0) } ?? []
                if let date = tiff.entry(0x9003, in: exif) { dateTimeOriginal = tiff.ascii(date) }
            case 0x8825:
                hasGPS = !(tiff.integer(entry).flatMap { tiff.entries(at: $0) } ?? []).isEmpty
            default: break
            }
        }
    }

    /// Dots per inch: XResolution in inches or centimetres (inches when the unit is missing, as EXIF
    /// and TIFF say); nil when there is none, or the unit is 1 ("none": the numbers give only an aspect ratio).
    var dpi: Int? {
        guard let x = xResolution, x > 0 else { return nil }
        switch resolutionUnit ?? 2 {
        case 2: return Int(x.rounded())
        case 3: return Int((x * 2.54).rounded())
        default: return nil
        }
    }
}
