/// Walks the chunks of a WebP (RIFF) file: its declared size, XMP and C2PA chunks, and whether it has alpha.
///
/// libvips takes alpha from the `VP8X` flags alone; a writer that adds a `VP8X` chunk to a lossless file
/// (exiftool, adding EXIF) may leave the flag unset while the `VP8L` bitstream's own header says alpha is
/// used. Alpha is there when the flag, an `ALPH` chunk or that header says so.
/// Specification: https://developers.google.com/speed/webp/docs/riff_container
enum RIFFScanner {
    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        guard let riffSize = file.head.littleEndian(at: 4, count: 4), riffSize + 8 <= file.size else {
            result.truncation = "the RIFF header declares more bytes than the file has"
            return result
        }
        var offset = 12
        var hasAlpha = false
        while offset + 8 <= riffSize + 8 {
            let header = try file.read(at: offset, count: 13)
            guard let length = header.littleEndian(at: 4, count: 4) else { break }
            if header.hasASCII("VP8X", at: 0), header.count > 8, header[8] & 0x10 != 0 { hasAlpha = true }
            if header.hasASCII("ALPH", at: 0) { hasAlpha = true }
            // VP8L: signature 2F, then 14 + 14 bits of size and the alpha_is_used bit.
            if header.hasASCII("VP8L", at: 0), header.count == 13, header[8] == 0x2F, header[12] & 0x10 != 0 { hasAlpha = true }
            if header.hasASCII("C2PA", at: 0) { result.c2pa = true }
            if header.hasASCII("XMP ", at: 0) {
                result.digitalSourceType = XMPLabel.digitalSourceType(in: try file.read(at: offset + 8, count: length))
            }
            offset += 8 + length + (length & 1)
        }
        result.stated.hasAlpha = hasAlpha
        return result
    }
}
