/// Walks the top-level boxes of an ISO base media file (MP4, MOV, HEIF, AVIF).
///
/// A file is complete when every box ends inside the file and, for a movie, a `moov` box exists (for an
/// image, a `meta` box). Bytes after the last box that do not start another one are a trailer, which
/// the readers ignore. For an image it reads the primary item's properties (``HEIFPrimaryItem``).
enum BMFFScanner {
    private static let c2paUUID: [UInt8] = [
        0xD8, 0xFE, 0xC3, 0xD6, 0x1B, 0x0E, 0x48, 0x3C, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7E, 0xC4, 0x81,
    ]
    private static let xmpUUID: [UInt8] = [
        0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC,
    ]
    /// The largest XMP packet read from a `uuid` box.
    private static let xmpLimit = 1 << 20
    /// The largest `meta` box read for the primary item's properties.
    private static let metaLimit = 16 << 20

    static func scan(_ file: AssetFile, needsMovie: Bool) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        var offset = 0
        var hasMovie = false
        var hasMeta = false
        while offset + 8 <= file.size {
            let header = try file.read(at: offset, count: 32)
            guard var size = header.bigEndian(at: 0, count: 4) else { break }
            let isBox = header[4..<8].allSatisfy { (0x20...0x7E).contains($0) }
            if !isBox, offset > 0, needsMovie ? hasMovie : hasMeta { break }  // a trailer after a complete file
            var headerSize = 8
            if size == 1, let large = header.bigEndian(at: 8, count: 8) {
                size = large
                headerSize = 16
            } else if size == 0 {
                size = file.size - offset
            }
            let type = String(decoding: header[4..<8], as: UTF8.self)
            guard size >= headerSize, size <= file.size - offset else {
                result.truncation = "the '\(type)' box ends past the end of the file"
                return result
            }
            if type == "moov" { hasMovie = true }
            if type == "meta" {
                hasMeta = true
                if !needsMovie, size <= metaLimit {
                    let payload = try file.read(at: offset + headerSize, count: size - headerSize)
                    if let primary = HEIFPrimaryItem(meta: payload) {
                        (result.stated.displayedWidth, result.stated.displayedHeight) = (primary.width, primary.height)
                        if primary.monochrome == true { result.stated.colorSpace = .gray }
                    }
                }
            }
            if type == "uuid", header.count >= headerSize + 16 {
                let uuid = Array(header[headerSize..<headerSize + 16])
                if uuid == c2paUUID { result.c2pa = true }
                if uuid == xmpUUID {
                    let body = try file.read(at: offset + headerSize + 16, count: min(size - headerSize - 16, xmpLimit))
                    result.digitalSourceType = XMPLabel.digitalSourceType(in: body)
                }
            }
            offset += size
        }
        if needsMovie && !hasMovie { result.truncation = "no 'moov' box (the movie header is missing)" }
        return result
    }
}
