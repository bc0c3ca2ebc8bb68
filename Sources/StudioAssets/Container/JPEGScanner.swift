/// Walks the JPEG marker segments up to the image data (SOS), then checks for the end marker (EOI).
///
/// On the way it collects what the header fast path needs (``JPEGHeader``): the frame header,
/// the JFIF density, the first EXIF block and the ICC profile chunks. Like libjpeg, it skips stray
/// bytes between two segments to the next marker, and reads nothing after the end marker: a Motion
/// Photo (a JPEG with an MP4 clip appended) is a complete JPEG.
enum JPEGScanner {
    private static let xmpSignature = "http://ns.adobe.com/xap/1.0/\u{0}"
    /// How far from the end of the file the EOI marker is looked for first (most files end with it).
    private static let trailerWindow = 4096
    /// How much is read at a time when looking for a marker further away.
    private static let searchChunk = 1 << 20

    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        var header = JPEGHeader()
        var offset = 2
        var imageData: Int?
        while offset + 4 <= file.size {
            let marker = try file.read(at: offset, count: 4)
            guard marker.count == 4 else { break }
            if marker[0] != 0xFF || marker[1] == 0x00 {  // stray bytes: libjpeg skips to the next marker
                guard let next = try nextMarker(in: file, from: offset + 1) else { break }
                offset = next
                continue
            }
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
        if try !hasEndMarker(file, after: imageData) {
            result.truncation = "no end-of-image marker (FFD9) after the image data"
        }
        result.imageHeader = header.imageHeader
        result.readsResolution = true
        result.statedDPI = header.statedDPI
        return result
    }

    /// Whether an end-of-image marker follows the image data starting at `imageData`: in the last
    /// ``trailerWindow`` bytes, else anywhere after the image data (a trailer such as an appended clip).
    ///
    /// Entropy-coded data holds no FF D9 (a data byte FF is followed by 00), so the first one is the end.
    private static func hasEndMarker(_ file: AssetFile, after imageData: Int) throws(AssetError) -> Bool {
        let window = try file.tail(trailerWindow)
        let windowStart = file.size - window.count
        let inWindow = window.indices.dropLast().contains { index in
            window[index] == 0xFF && window[index + 1] == 0xD9 && windowStart + index >= imageData
        }
        if inWindow { return true }
        return try firstOffset(in: file, from: imageData, where: { $0 == 0xD9 }) != nil
    }

    /// The offset of the next marker at or after `start` (FF followed by a code other than 00 or FF), as
    /// libjpeg finds it after stray bytes.
    private static func nextMarker(in file: AssetFile, from start: Int) throws(AssetError) -> Int? {
        try firstOffset(in: file, from: start, where: { $0 != 0x00 && $0 != 0xFF })
    }

    /// The offset of the first FF at or after `start` whose next byte satisfies `code`, reading the file
    /// a chunk at a time.
    private static func firstOffset(
        in file: AssetFile,
        from start: Int,
        where code: (UInt8) -> Bool
    ) throws(AssetError) -> Int? {
        var chunkStart = start
        while chunkStart + 1 < file.size {
            let chunk = try file.read(at: chunkStart, count: searchChunk + 1)
            if let index = chunk.indices.dropLast().first(where: { chunk[$0] == 0xFF && code(chunk[$0 + 1]) }) {
                return chunkStart + index
            }
            chunkStart += searchChunk
        }
        return nil
    }
}
