/// Walks the JPEG marker segments up to the image data (SOS), then checks for the end marker (EOI).
///
/// On the way it collects what the header fast path needs (``JPEGHeader``): the frame header,
/// the JFIF density, the first EXIF block and the ICC profile chunks.
enum JPEGScanner {
    private static let xmpSignature = "http://ns.adobe.com/xap/1.0/\u{0}"
    /// How far from the end of the file the EOI marker is looked for (some cameras append trailers).
    private static let trailerWindow = 4096

    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        var header = JPEGHeader()
        var offset = 2
        var imageData: Int?
        while offset + 4 <= file.size {
            let marker = try file.read(at: offset, count: 4)
            guard marker.count == 4, marker[0] == 0xFF else { break }
            let code = marker[1]
            if code == 0xFF {
                offset += 1
                continue
            }  // fill byte
            if code == 0x01 || (0xD0...0xD7).contains(code) {
                offset += 2
                continue
            }
            guard let length = marker.bigEndian(at: 2, count: 2), length >= 2 else { break }
            if code == 0xDA {
                imageData = offset + 2 + length
                break
            }
            if code == 0xC2 { result.progressiveJPEG = true }
            if JPEGHeader.wants(code) || code == 0xEB {
                let payload = try file.read(at: offset + 4, count: length - 2)
                if code == 0xE1, payload.hasASCII(xmpSignature, at: 0) {
                    result.digitalSourceType = result.digitalSourceType ?? XMPLabel.digitalSourceType(in: payload)
                }
                if code == 0xEB, payload.containsASCII("jumb"), payload.containsASCII("c2pa") { result.c2pa = true }
                header.add(code, payload)
            }
            offset += 2 + length
        }
        guard let imageData, imageData <= file.size else {
            result.truncation = "the file ends before the image data (no SOS segment)"
            return result
        }
        let window = try file.tail(trailerWindow)
        let windowStart = file.size - window.count
        let hasEnd = window.indices.dropLast().contains { index in
            window[index] == 0xFF && window[index + 1] == 0xD9 && windowStart + index >= imageData
        }
        if !hasEnd { result.truncation = "no end-of-image marker (FFD9) after the image data" }
        result.imageHeader = header.imageHeader
        result.readsResolution = true
        result.statedDPI = header.statedDPI
        return result
    }
}
