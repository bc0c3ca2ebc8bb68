import CVips

/// Encodes a libvips image into the bytes of a file: JPEG, PNG, WebP or TIFF (``ImageEditor/writableFormats``).
enum VipsEncoder {
    /// The file's bytes.
    ///
    /// - Parameters:
    ///   - image: the image to encode.
    ///   - format: the file format to write.
    ///   - quality: 1-100, for JPEG and WebP (PNG and TIFF are lossless).
    ///   - strip: leave every metadata field out (thumbnails); otherwise EXIF, XMP and the ICC profile are written.
    /// - Returns: the bytes of the encoded file.
    /// - Throws: ``VipsFailure`` naming the save call when libvips cannot encode the image.
    static func encode(
        _ image: VipsImageRef,
        as format: AssetFormat,
        quality: Int,
        strip: Bool = false
    ) throws(VipsFailure) -> [UInt8] {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let call = "vips_\(format.rawValue)save_buffer"
        try vipsCall(call) {
            switch format {
            case .jpeg: cvips_jpegsave_buffer(image.pointer, &buffer, &length, Int32(quality), strip ? 1 : 0)
            case .png: cvips_pngsave_buffer(image.pointer, &buffer, &length)
            case .webp: cvips_webpsave_buffer(image.pointer, &buffer, &length, Int32(quality))
            case .tiff: cvips_tiffsave_buffer(image.pointer, &buffer, &length)
            default: -1
            }
        }
        guard let buffer else { throw .unexpected(call: call, detail: "no bytes returned") }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length).bindMemory(to: UInt8.self))
    }

    /// `image` resized (Lanczos 3) to exactly `width`×`height`.
    static func resize(_ image: VipsImageRef, width: Int, height: Int) throws(VipsFailure) -> VipsImageRef {
        // libvips rounds the scaled size; aiming a tenth of a pixel past the target makes it land on it.
        let across = (Double(width) + 0.1) / Double(image.width)
        let down = (Double(height) + 0.1) / Double(image.height)
        return try VipsImageRef("vips_resize") { cvips_resize(image.pointer, $0, across, down) }
    }
}
