/// The JPEG header fast path: the facts libvips' `jpegload` reports, read from the marker segments
/// without libvips.
///
/// It follows `read_jpeg_header` in libvips' `jpeg2vips.c`: size and components from the frame
/// header (1 = gray, 3 = sRGB, 4 = CMYK), the ICC profile assembled from numbered APP2 chunks.
/// The resolution is what the file states (``statedDPI``): libvips reports 72 dpi for a file that
/// states none, so it cannot tell. Anything unusual (no frame header, 12-bit samples,
/// 2 components) returns nil and libvips reads the file instead.
struct JPEGHeader {
    private var frame: (precision: Int, height: Int, width: Int, components: Int)?
    private var jfif: (unit: Int, x: Int, y: Int)?
    private var exif: EXIFSummary?
    private var sawEXIF = false
    private var iccChunks: [Int: [UInt8]] = [:]

    /// Whether the scanner should hand over the payload of the segment with marker `code`.
    static func wants(_ code: UInt8) -> Bool {
        code == 0xE0 || code == 0xE1 || code == 0xE2 || isFrame(code)
    }

    /// Start-of-frame markers (C0-CF without DHT C4, JPG C8 and DAC CC).
    private static func isFrame(_ code: UInt8) -> Bool {
        (0xC0...0xCF).contains(code) && code != 0xC4 && code != 0xC8 && code != 0xCC
    }

    mutating func add(_ code: UInt8, _ payload: [UInt8]) {
        if Self.isFrame(code), frame == nil, let precision = payload.bigEndian(at: 0, count: 1),
            let height = payload.bigEndian(at: 1, count: 2), let width = payload.bigEndian(at: 3, count: 2),
            let components = payload.bigEndian(at: 5, count: 1)
        {
            frame = (precision, height, width, components)
        }
        if code == 0xE0, jfif == nil, payload.hasASCII("JFIF\u{0}", at: 0), let unit = payload.bigEndian(at: 7, count: 1),
            let x = payload.bigEndian(at: 8, count: 2), let y = payload.bigEndian(at: 10, count: 2)
        {
            jfif = (unit, x, y)
        }
        if code == 0xE1, !sawEXIF, payload.count > 4, payload.hasASCII("Exif", at: 0) {
            sawEXIF = true
            exif = EXIFSummary(payload)
        }
        if code == 0xE2, payload.count > 14, payload.hasASCII("ICC_PROFILE", at: 0) {
            iccChunks[Int(payload[12]) - 1] = Array(payload[14...])
        }
    }

    /// The header, or nil when libvips should read this file.
    var imageHeader: ImageHeader? {
        guard let frame, frame.precision == 8, frame.width > 0, frame.height > 0,
            [1, 3, 4].contains(frame.components), !sawEXIF || exif != nil
        else { return nil }
        let profile = iccProfileBytes.flatMap(ICCProfile.init)
        let fallback: ColorSpace = frame.components == 1 ? .gray : frame.components == 4 ? .cmyk : .srgb
        let facts = ImageFacts(
            orientation: Orientation(exif?.orientation ?? 1).value,
            colorSpace: profile?.colorSpace ?? fallback,
            iccProfile: profile?.description,
            hasAlpha: false,
            bitDepth: 8,
            frames: 1,
            dpi: statedDPI,
            gps: exif?.hasGPS ?? false
        )
        return ImageHeader(
            storedWidth: frame.width,
            storedHeight: frame.height,
            facts: facts,
            created: exif?.dateTimeOriginal.flatMap(EXIFDate.isoString)
        )
    }

    /// Dots per inch from EXIF (see ``EXIFSummary/dpi``), else from JFIF (units 1 and 2; 0 only gives
    /// an aspect ratio), else nil.
    var statedDPI: Int? {
        if let dpi = exif?.dpi { return dpi }
        guard let jfif, jfif.x > 0 else { return nil }
        switch jfif.unit {
        case 1: return jfif.x
        case 2: return Int((Double(jfif.x) * 2.54).rounded())
        default: return nil
        }
    }

    /// The APP2 chunks joined in sequence order, stopping at the first gap (as libvips does).
    private var iccProfileBytes: [UInt8]? {
        var bytes: [UInt8] = []
        var index = 0
        while let chunk = iccChunks[index] {
            bytes += chunk
            index += 1
        }
        return bytes.isEmpty ? nil : bytes
    }
}
