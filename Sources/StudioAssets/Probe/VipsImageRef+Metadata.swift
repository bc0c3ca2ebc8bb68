import CVips

/// Typed reads of the metadata fields libvips attaches to an image header.
extension VipsImageRef {
    var width: Int { Int(vips_image_get_width(pointer)) }
    var height: Int { Int(vips_image_get_height(pointer)) }
    var bands: Int { Int(vips_image_get_bands(pointer)) }
    var pages: Int { Int(vips_image_get_n_pages(pointer)) }
    var hasAlpha: Bool { vips_image_hasalpha(pointer) != 0 }
    var interpretation: VipsInterpretation { vips_image_get_interpretation(pointer) }
    var bandFormat: VipsBandFormat { vips_image_get_format(pointer) }

    /// Whether the header has a field called `name`.
    func has(_ name: String) -> Bool { vips_image_get_typeof(pointer, name) != 0 }

    /// An integer field, or nil when absent.
    func int(_ name: String) -> Int? {
        guard has(name) else { return nil }
        var value: Int32 = 0
        return vips_image_get_int(pointer, name, &value) == 0 ? Int(value) : nil
    }

    /// A binary field (an ICC profile, the raw EXIF block), copied out.
    func blob(_ name: String) -> [UInt8]? {
        guard has(name) else { return nil }
        var data: UnsafeRawPointer?
        var length = 0
        guard vips_image_get_blob(pointer, name, &data, &length) == 0, let data else { return nil }
        return Array(UnsafeRawBufferPointer(start: data, count: length))
    }
}
