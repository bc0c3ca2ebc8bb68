/// Random access to the bytes a ``TIFFReader`` reads: an EXIF block in memory, or a TIFF file.
protocol TIFFBytes {
    /// The number of bytes.
    var byteCount: Int { get }
    /// Up to `count` bytes at `offset`; fewer (or none) past the end or when they cannot be read.
    func bytes(at offset: Int, count: Int) -> [UInt8]
}

extension [UInt8]: TIFFBytes {
    var byteCount: Int { count }
    func bytes(at offset: Int, count: Int) -> [UInt8] {
        guard offset >= 0, offset < self.count, count > 0 else { return [] }
        return Array(self[offset..<Swift.min(self.count, offset + count)])
    }
}

extension AssetFile: TIFFBytes {
    var byteCount: Int { size }
    func bytes(at offset: Int, count: Int) -> [UInt8] { (try? read(at: offset, count: count)) ?? [] }
}

/// Reads the image file directories (IFDs) of a TIFF structure in either byte order, classic TIFF
/// or BigTIFF (8-byte offsets): a TIFF file, or the EXIF block of a JPEG, WebP or HEIF.
///
/// Specifications: TIFF 6.0 (https://www.itu.int/itudoc/itu-t/com16/tiff-fx/docs/tiff6.pdf), BigTIFF
/// (https://www.awaresystems.be/imaging/tiff/bigtiff.html).
struct TIFFReader<Source: TIFFBytes> {
    struct Entry {
        var tag: Int
        var type: Int
        var count: Int
        /// Offset of the value: inside the entry when it fits, else where the entry points.
        var valueOffset: Int
    }

    let source: Source
    let littleEndian: Bool
    /// Whether offsets and counts are 8 bytes wide (BigTIFF).
    let big: Bool
    let firstIFD: Int

    /// Reads the header; nil when `source` does not start with one.
    init?(_ source: Source) {
        self.source = source
        let header = source.bytes(at: 0, count: 16)
        if header.hasASCII("II", at: 0) {
            littleEndian = true
        } else if header.hasASCII("MM", at: 0) {
            littleEndian = false
        } else {
            return nil
        }
        let read = { (offset: Int, count: Int) in
            header.count >= offset + count ? Self.integer(Array(header[offset..<offset + count]), littleEndian: header[0] == 0x49) : nil
        }
        switch read(2, 2) {
        case 42: big = false
        case 43: big = true
        default: return nil
        }
        guard let first = big ? read(8, 8) : read(4, 4) else { return nil }
        firstIFD = first
    }

    private static func integer(_ bytes: [UInt8], littleEndian: Bool) -> Int? {
        littleEndian ? bytes.littleEndian(at: 0, count: bytes.count) : bytes.bigEndian(at: 0, count: bytes.count)
    }

    /// The unsigned integer of `count` bytes at `offset` in `bytes`.
    private func integer(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return Self.integer(Array(bytes[offset..<offset + count]), littleEndian: littleEndian)
    }

    /// The entries of the IFD at `offset`, or nil when it lies outside the source.
    func entries(at offset: Int) -> [Entry]? {
        let countSize = big ? 8 : 2
        let entrySize = big ? 20 : 12
        let valueSize = big ? 8 : 4
        guard offset >= 8, let count = integer(source.bytes(at: offset, count: countSize), 0, countSize), count <= 1000,
            offset + countSize + count * entrySize <= source.byteCount
        else { return nil }
        let table = source.bytes(at: offset + countSize, count: count * entrySize)
        return (0..<count).compactMap { index in
            let base = index * entrySize
            guard let tag = integer(table, base, 2), let type = integer(table, base + 2, 2),
                let count = integer(table, base + 4, valueSize)
            else { return nil }
            let size = tiffTypeSizes[type] ?? 1
            let inline = count <= valueSize / size
            let fieldOffset = offset + countSize + base + 4 + valueSize
            guard let valueOffset = inline ? fieldOffset : integer(table, base + 4 + valueSize, valueSize) else { return nil }
            return Entry(tag: tag, type: type, count: count, valueOffset: valueOffset)
        }
    }

    /// The entry with `tag` in `entries`.
    func entry(_ tag: Int, in entries: [Entry]) -> Entry? { entries.first { $0.tag == tag } }

    /// The first value of an integer entry (BYTE, SHORT, LONG, LONG8, IFD, IFD8).
    func integer(_ entry: Entry) -> Int? {
        guard entry.count >= 1, let size = [1: 1, 3: 2, 4: 4, 13: 4, 16: 8, 18: 8][entry.type] else { return nil }
        return integer(source.bytes(at: entry.valueOffset, count: size), 0, size)
    }

    /// The first value of a numeric entry: an integer type or a RATIONAL, as a number.
    ///
    /// EXIF says resolutions are RATIONAL, but some writers store them as SHORT or LONG.
    func number(_ entry: Entry) -> Double? {
        guard entry.type == 5 else { return integer(entry).map(Double.init) }
        let value = source.bytes(at: entry.valueOffset, count: 8)
        guard let numerator = integer(value, 0, 4), let denominator = integer(value, 4, 4), denominator != 0 else { return nil }
        return Double(numerator) / Double(denominator)
    }

    /// The raw bytes of an entry's values (an ICC profile), up to 16 MB.
    func bytes(_ entry: Entry) -> [UInt8] {
        let size = (tiffTypeSizes[entry.type] ?? 1) * entry.count
        guard size > 0, size <= 16 << 20 else { return [] }
        return source.bytes(at: entry.valueOffset, count: size)
    }

    /// An ASCII value up to its first NUL.
    func ascii(_ entry: Entry) -> String? {
        guard entry.type == 2, entry.count > 0, entry.count <= 4096 else { return nil }
        let value = source.bytes(at: entry.valueOffset, count: entry.count)
        return String(decoding: value.prefix { $0 != 0 }, as: UTF8.self)
    }
}

/// Bytes per value of each TIFF field type (BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT,
/// SLONG, SRATIONAL, FLOAT, DOUBLE, IFD, LONG8, SLONG8, IFD8).
private let tiffTypeSizes = [
    1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8,
]
