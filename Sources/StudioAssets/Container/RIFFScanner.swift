/// Walks the chunks of a WebP (RIFF) file: its declared size, XMP and C2PA chunks.
enum RIFFScanner {
    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        guard let riffSize = file.head.littleEndian(at: 4, count: 4), riffSize + 8 <= file.size else {
            result.truncation = "the RIFF header declares more bytes than the file has"
            return result
        }
        var offset = 12
        while offset + 8 <= riffSize + 8 {
            let header = try file.read(at: offset, count: 8)
            guard let length = header.littleEndian(at: 4, count: 4) else { break }
            if header.hasASCII("C2PA", at: 0) { result.c2pa = true }
            if header.hasASCII("XMP ", at: 0) {
                result.digitalSourceType = XMPLabel.digitalSourceType(in: try file.read(at: offset + 8, count: length))
            }
            offset += 8 + length + (length & 1)
        }
        return result
    }
}
