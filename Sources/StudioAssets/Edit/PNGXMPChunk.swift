/// Puts an XMP packet into a PNG the way the XMP specification (part 3, §1.1.5) says: an uncompressed `iTXt`
/// chunk with the keyword `XML:com.adobe.xmp`, before the image data.
///
/// libvips 8.14 writes the packet into a compressed `zTXt` chunk after the image data instead, where readers
/// that follow the specification (``PNGScanner``, many upload checkers) never find it: a copy labelled as AI
/// would not say so to them. So the packet is taken off the image before libvips saves it, and added here.
enum PNGXMPChunk {
    /// `png` with an `iTXt` chunk holding `xmp` inserted before its first `IDAT`; unchanged when it has none.
    static func inserting(_ xmp: [UInt8], into png: [UInt8]) -> [UInt8] {
        var offset = 8
        while offset + 8 <= png.count, let length = png.bigEndian(at: offset, count: 4) {
            if png.hasASCII("IDAT", at: offset + 4) {
                return Array(png[..<offset]) + chunk(xmp) + png[offset...]
            }
            offset += 12 + length
        }
        return png
    }

    /// The whole chunk: length, type, keyword, no compression, no language or translated keyword, the packet, CRC.
    private static func chunk(_ xmp: [UInt8]) -> [UInt8] {
        let body = Array("iTXtXML:com.adobe.xmp".utf8) + [0, 0, 0, 0, 0] + xmp
        return bigEndian(UInt32(body.count - 4)) + body + bigEndian(crc32(body))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// The CRC-32 PNG chunks end with (ISO 3309, reflected polynomial 0xEDB88320) over the type and data.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
