/// Walks the PNG chunks before the image data, then checks the file ends with an IEND chunk.
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
        } else if try file.tail(iend.count) != iend {
            result.truncation = "no IEND chunk at the end"
        }
        return result
    }

    /// Dots per inch from a `pHYs` chunk whose unit is the metre (unit 0 only gives an aspect ratio).
    private static func dpi(_ chunk: [UInt8]) -> Int? {
        guard chunk.count == 9, chunk[8] == 1, let perMetre = chunk.bigEndian(at: 0, count: 4), perMetre > 0 else { return nil }
        return Int((Double(perMetre) * 0.0254).rounded())
    }
}
