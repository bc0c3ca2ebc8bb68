/// Walks the PNG chunks before the image data, then checks that an IEND chunk ends the image.
///
/// On the way it reads what libvips does not report: the bit depth of the header (1, 2 and 4-bit
/// grayscale; palette images report 8, the depth of their colours) and the frame count of an APNG
/// (`acTL`). Specification: https://www.w3.org/TR/png-3/
///
/// Like libpng, it reads nothing after IEND: a file with a newline or other bytes after it is complete.
enum PNGScanner {
    private static let iend: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        result.readsResolution = true
        var offset = 8
        while offset + 8 <= file.size {
            let header = try file.read(at: offset, count: 8)
            guard let length = header.bigEndian(at: 0, count: 4) else { break }
            if header.hasASCII("IDAT", at: 4) || header.hasASCII("IEND", at: 4) { break }
            if header.hasASCII("IHDR", at: 4) { result.stated.bitDepth = try bitDepth(file.read(at: offset + 8, count: 13)) }
            if header.hasASCII("acTL", at: 4) {
                result.stated.frames = try file.read(at: offset + 8, count: 4).bigEndian(at: 0, count: 4).flatMap { $0 > 0 ? $0 : nil }
            }
            if header.hasASCII("caBX", at: 4) { result.c2pa = true }
            if header.hasASCII("pHYs", at: 4) { result.statedDPI = try dpi(file.read(at: offset + 8, count: 9)) }
            if header.hasASCII("iTXt", at: 4) {
                let data = try file.read(at: offset + 8, count: length)
                if data.hasASCII("XML:com.adobe.xmp\u{0}", at: 0) {
                    result.digitalSourceType = XMPLabel.digitalSourceType(in: data)
                }
            }
            offset += 12 + length
        }
        if offset + 8 > file.size {
            result.truncation = "the file ends inside the chunks before the image data"
        } else if try file.tail(iend.count) != iend, try !hasEnd(file, from: offset) {
            result.truncation = "no IEND chunk at the end"
        }
        return result
    }

    /// Whether the chunks from `offset` on lead to an IEND chunk that ends inside the file (only walked
    /// when the file does not end with one).
    private static func hasEnd(_ file: AssetFile, from offset: Int) throws(AssetError) -> Bool {
        var offset = offset
        while offset + 12 <= file.size {
            let header = try file.read(at: offset, count: 8)
            guard let length = header.bigEndian(at: 0, count: 4), length <= Int(Int32.max) else { return false }
            if header.hasASCII("IEND", at: 4) { return true }
            offset += 12 + length
        }
        return false
    }

    /// Bits per sample from an `IHDR` chunk: its bit depth, or 8 for a palette image (colour type 3).
    private static func bitDepth(_ chunk: [UInt8]) -> Int? {
        guard chunk.count == 13 else { return nil }
        return chunk[9] == 3 ? 8 : Int(chunk[8])
    }

    /// Dots per inch from a `pHYs` chunk whose unit is the metre (unit 0 only gives an aspect ratio).
    private static func dpi(_ chunk: [UInt8]) -> Int? {
        guard chunk.count == 9, chunk[8] == 1, let perMetre = chunk.bigEndian(at: 0, count: 4), perMetre > 0 else { return nil }
        return Int((Double(perMetre) * 0.0254).rounded())
    }
}
