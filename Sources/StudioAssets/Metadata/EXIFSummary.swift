/// The EXIF facts `inspect` reports, read from the TIFF structure of an EXIF block.
///
/// Used by the JPEG header fast path; it mirrors what libvips takes from libexif
/// (https://www.libvips.org/API/current/libvips-header.html): IFD0 orientation and resolution,
/// DateTimeOriginal from the Exif IFD, and whether the GPS IFD has entries.
struct EXIFSummary: Equatable {
    var orientation: Int?
    var xResolution: Double?
    var resolutionUnit: Int?
    var dateTimeOriginal: String?
    var hasGPS = false

    /// Parses an EXIF block (`Exif\0\0` then a TIFF header); nil when it is not one.
    init?(_ block: [UInt8]) {
        guard block.hasASCII("Exif\u{0}\u{0}", at: 0) else { return nil }
        let tiff = TIFFReader(bytes: Array(block.dropFirst(6)))
        guard let tiff, let ifd0 = tiff.entries(at: tiff.firstIFD) else { return nil }
        for entry in ifd0 {
            switch entry.tag {
            case 0x0112: orientation = tiff.integer(entry)
            case 0x011A: xResolution = tiff.rational(entry)
            case 0x0128: resolutionUnit = tiff.integer(entry)
            case 0x8769:
                let exif = tiff.integer(entry).flatMap { tiff.entries(at: $0) } ?? []
                if let date = exif.first(where: { $0.tag == 0x9003 }) { dateTimeOriginal = tiff.ascii(date) }
            case 0x8825:
                hasGPS = !(tiff.integer(entry).flatMap { tiff.entries(at: $0) } ?? []).isEmpty
            default: break
            }
        }
    }
}

/// Reads IFD entries from a TIFF-structured block in either byte order.
struct TIFFReader {
    struct Entry {
        var tag: Int
        var type: Int
        var count: Int
        /// Offset of the value: inside the entry when it fits in 4 bytes, else where the entry points.
        var valueOffset: Int
    }

    let bytes: [UInt8]
    let littleEndian: Bool
    let firstIFD: Int

    init?(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.hasASCII("II", at: 0) {
            littleEndian = true
        } else if bytes.hasASCII("MM", at: 0) {
            littleEndian = false
        } else {
            return nil
        }
        guard let first = Self.read(bytes, 4, 4, littleEndian) else { return nil }
        firstIFD = first
    }

    private static func read(_ bytes: [UInt8], _ offset: Int, _ count: Int, _ little: Bool) -> Int? {
        little ? bytes.littleEndian(at: offset, count: count) : bytes.bigEndian(at: offset, count: count)
    }

    private func read(_ offset: Int, _ count: Int) -> Int? { Self.read(bytes, offset, count, littleEndian) }

    /// The entries of the IFD at `offset`, or nil when it lies outside the block.
    func entries(at offset: Int) -> [Entry]? {
        guard offset >= 8, let count = read(offset, 2), count <= 1000, offset + 2 + count * 12 <= bytes.count else {
            return nil
        }
        return (0..<count).compactMap { index in
            let base = offset + 2 + index * 12
            guard let tag = read(base, 2), let type = read(base + 2, 2), let count = read(base + 4, 4) else { return nil }
            let size = [1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8][type] ?? 1
            let inline = size * count <= 4
            guard let valueOffset = inline ? base + 8 : read(base + 8, 4) else { return nil }
            return Entry(tag: tag, type: type, count: count, valueOffset: valueOffset)
        }
    }

    /// A single SHORT or LONG value.
    func integer(_ entry: Entry) -> Int? {
        guard entry.count == 1 else { return nil }
        switch entry.type {
        case 3: return read(entry.valueOffset, 2)
        case 4: return read(entry.valueOffset, 4)
        default: return nil
        }
    }

    /// A single RATIONAL value.
    func rational(_ entry: Entry) -> Double? {
        guard entry.count == 1, entry.type == 5, let numerator = read(entry.valueOffset, 4),
            let denominator = read(entry.valueOffset + 4, 4), denominator != 0
        else { return nil }
        return Double(numerator) / Double(denominator)
    }

    /// An ASCII value up to its first NUL.
    func ascii(_ entry: Entry) -> String? {
        guard entry.type == 2, entry.valueOffset >= 0, entry.valueOffset + entry.count <= bytes.count else { return nil }
        return String(decoding: bytes[entry.valueOffset..<entry.valueOffset + entry.count].prefix { $0 != 0 }, as: UTF8.self)
    }
}
