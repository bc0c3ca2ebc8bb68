import CVips

/// Moving pixels and metadata between libvips images and ``Raster``s, for the edits made in Swift.
extension VipsImageRef {
    /// A new 8-bit sRGB image holding a copy of `raster`'s samples (and no metadata).
    convenience init(copying raster: Raster) throws(VipsFailure) {
        try self.init("vips_image_new_from_memory_copy") { out in
            out.pointee = raster.samples.withUnsafeBytes { bytes in
                vips_image_new_from_memory_copy(
                    bytes.baseAddress,
                    bytes.count,
                    Int32(raster.width),
                    Int32(raster.height),
                    Int32(raster.bands),
                    VIPS_FORMAT_UCHAR
                )
            }
            return out.pointee == nil ? -1 : 0
        }
        pointer.pointee.`Type` = VIPS_INTERPRETATION_sRGB
    }

    /// The image's pixels decoded into a ``Raster``; the image must be 8-bit with 3 or 4 bands.
    func raster() throws(VipsFailure) -> Raster {
        guard bandFormat == VIPS_FORMAT_UCHAR, bands == 3 || bands == 4 else {
            throw .unexpected(call: "vips_image_write_to_memory", detail: "expected 8-bit RGB or RGBA, got \(bands) bands")
        }
        var size = 0
        guard let memory = vips_image_write_to_memory(pointer, &size) else { throw .libvips(call: "vips_image_write_to_memory") }
        defer { g_free(memory) }
        let samples = Array(UnsafeRawBufferPointer(start: memory, count: size).bindMemory(to: UInt8.self))
        return Raster(width: width, height: height, bands: bands, samples: samples)
    }

    /// Copies every metadata field of `source` (EXIF, XMP, ICC profile, orientation…) and its resolution
    /// onto this image, which was made from memory and has none.
    func copyMetadata(from source: VipsImageRef) {
        pointer.pointee.Xres = source.pointer.pointee.Xres
        pointer.pointee.Yres = source.pointer.pointee.Yres
        guard let fields = vips_image_get_fields(source.pointer) else { return }
        defer { g_strfreev(fields) }
        var index = 0
        while let name = fields[index] {
            index += 1
            guard !Self.builtInFields.contains(String(cString: name)) else { continue }
            var value = GValue()
            guard vips_image_get(source.pointer, name, &value) == 0 else { continue }
            vips_image_set(pointer, name, &value)
            g_value_unset(&value)
        }
    }

    /// Removes the metadata fields whose names start with `prefix` (`exif-ifd3-`: the GPS block).
    func removeMetadata(prefixed prefix: String) {
        guard let fields = vips_image_get_fields(pointer) else { return }
        defer { g_strfreev(fields) }
        var index = 0
        while let name = fields[index] {
            index += 1
            if String(cString: name).hasPrefix(prefix) { vips_image_remove(pointer, name) }
        }
    }

    /// Sets a binary metadata field (`xmp-data`, `icc-profile-data`) to a copy of `bytes`.
    func setBlob(_ name: String, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { vips_image_set_blob_copy(pointer, name, $0.baseAddress, $0.count) }
    }

    /// The header fields every image has, which are not metadata.
    private static let builtInFields: Set<String> = [
        "width", "height", "bands", "format", "coding", "interpretation", "xoffset", "yoffset", "xres", "yres", "filename",
    ]
}
