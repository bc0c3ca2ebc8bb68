/// Writes minimal ICC profiles (header, tag table, description) for fixtures: enough for
/// libvips, exiftool and `inspect` to read the description and colour space.
enum ICCProfileMaker {
    /// A version 2 profile with a `desc` (textDescriptionType) tag.
    static func version2(description: String, colorSpace: String = "RGB ") -> [UInt8] {
        let text = Array(description.utf8) + [0]
        var tag = Array("desc".utf8) + [0, 0, 0, 0] + bigEndian(text.count) + text
        tag += [UInt8](repeating: 0, count: 4 + 4 + 2 + 1 + 67)  // empty Unicode and ScriptCode parts
        return profile(version: 0x0210_0000, colorSpace: colorSpace, descTag: tag)
    }

    /// A version 4 profile with an `mluc` description (UTF-16, one record).
    static func version4(description: String, colorSpace: String = "RGB ") -> [UInt8] {
        let utf16 = description.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let tag =
            Array("mluc".utf8) + [0, 0, 0, 0] + bigEndian(1) + bigEndian(12) + Array("enUS".utf8)
            + bigEndian(utf16.count) + bigEndian(28) + utf16
        return profile(version: 0x0430_0000, colorSpace: colorSpace, descTag: tag)
    }

    private static func profile(version: Int, colorSpace: String, descTag: [UInt8]) -> [UInt8] {
        let tagOffset = 128 + 4 + 12
        var paddedTag = descTag
        while paddedTag.count % 4 != 0 { paddedTag.append(0) }
        let size = tagOffset + paddedTag.count
        var header = bigEndian(size) + Array("none".utf8) + bigEndian(version) + Array("mntr".utf8)
        header += Array(colorSpace.utf8) + Array("XYZ ".utf8) + [UInt8](repeating: 0, count: 12) + Array("acsp".utf8)
        header += [UInt8](repeating: 0, count: 128 - header.count)
        header[68..<80] = [0, 0, 0xF6, 0xD6, 0, 1, 0, 0, 0, 0, 0xD3, 0x2D]  // D50 illuminant
        return header + bigEndian(1) + Array("desc".utf8) + bigEndian(tagOffset) + bigEndian(descTag.count) + paddedTag
    }

    private static func bigEndian(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
