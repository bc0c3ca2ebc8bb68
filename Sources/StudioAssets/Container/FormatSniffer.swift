/// Recognises a format from the first bytes of a file ("magic numbers").
enum FormatSniffer {
    /// The format whose signature starts `head`, or nil.
    static func format(of head: [UInt8]) -> AssetFormat? {
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.hasASCII("GIF87a", at: 0) || head.hasASCII("GIF89a", at: 0) { return .gif }
        if head.hasASCII("RIFF", at: 0) {
            if head.hasASCII("WEBP", at: 8) { return .webp }
            if head.hasASCII("AVI ", at: 8) { return .avi }
        }
        if unsupportedFormat(of: head) != nil { return nil }
        // Classic TIFF (42) and BigTIFF (43), in either byte order.
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if head.starts(with: [0x49, 0x49, 0x2B, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2B]) { return .tiff }
        if head.hasASCII("ftyp", at: 4) { return isoFormat(head) }
        if ["moov", "mdat", "wide", "free", "skip", "pnot"].contains(where: { head.hasASCII($0, at: 4) }) { return .mov }
        if head.starts(with: [0x1A, 0x45, 0xDF, 0xA3]) {
            return Array(head.prefix(64)).containsASCII("webm") ? .webm : .mkv
        }
        return nil
    }

    /// The name of a format recognised from its first bytes that `inspect` does not read: camera raw
    /// files built on ISO base media (Canon CR3, brand `crx `) or on TIFF (Canon CR2, `CR` after the header),
    /// which libvips and libavformat would otherwise take for a video or for the small preview they hold.
    static func unsupportedFormat(of head: [UInt8]) -> String? {
        if head.hasASCII("ftypcrx ", at: 4) { return "camera raw (CR3)" }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]), head.hasASCII("CR", at: 8) { return "camera raw (CR2)" }
        return nil
    }

    /// The ISO base media flavour from the `ftyp` box's major and compatible brands.
    private static func isoFormat(_ head: [UInt8]) -> AssetFormat {
        let boxEnd = min(head.bigEndian(at: 0, count: 4) ?? 16, head.count)
        let brands = stride(from: 8, to: boxEnd - 3, by: 4).filter { $0 != 12 }.compactMap { offset in
            String(decoding: head[offset..<offset + 4], as: UTF8.self)
        }
        let major = brands.first ?? ""
        if ["avif", "avis"].contains(major) { return .avif }
        if ["heic", "heix", "heim", "heis", "hevc", "hevx"].contains(major) { return .heif }
        if ["mif1", "msf1"].contains(major) { return brands.contains("avif") || brands.contains("avis") ? .avif : .heif }
        if major == "qt  " { return .mov }
        return .mp4
    }
}
