/// The parts of an ICC colour profile `inspect` reports: its description and colour space.
///
/// Reads the 128-byte header and the tag table of profile versions 2 (`desc` text) and 4 (`mluc`).
/// Specification: https://www.color.org/specification/ICC.1-2022-05.pdf
struct ICCProfile: Equatable {
    /// The profile description (`desc` tag), or nil when it has none.
    var description: String?
    /// The data colour space signature from the header (`RGB `, `CMYK`, `GRAY`, ...).
    var dataColorSpace: String

    /// Parses a profile; nil when the bytes are too short to be one.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 132 else { return nil }
        dataColorSpace = String(decoding: bytes[16..<20], as: UTF8.self)
        let tagCount = bytes.bigEndian(at: 128, count: 4) ?? 0
        description = nil
        for index in 0..<min(tagCount, 200) {
            let entry = 132 + index * 12
            guard bytes.hasASCII("desc", at: entry) else { continue }
            guard let offset = bytes.bigEndian(at: entry + 4, count: 4),
                let size = bytes.bigEndian(at: entry + 8, count: 4), offset + size <= bytes.count
            else { break }
            description = Self.text(Array(bytes[offset..<offset + size]))
            break
        }
    }

    /// The colour space the profile stands for: known RGB spaces by description, else by data colour space.
    var colorSpace: ColorSpace {
        let name = (description ?? "").lowercased()
        if dataColorSpace == "RGB " {
            if name.contains("display p3") || name.contains("p3 d65") || name == "p3" { return .displayP3 }
            if name.contains("adobe rgb") || name.contains("adobergb") { return .adobeRGB }
            if name.contains("srgb") || name.contains("61966-2") { return .srgb }
            return .other
        }
        if dataColorSpace == "CMYK" { return .cmyk }
        if dataColorSpace == "GRAY" { return .gray }
        return .other
    }

    /// The text of a `desc` (ASCII) or `mluc` (first record, UTF-16 big-endian) tag.
    private static func text(_ tag: [UInt8]) -> String? {
        if tag.hasASCII("desc", at: 0), let length = tag.bigEndian(at: 8, count: 4), length > 0, 12 + length <= tag.count {
            let ascii = tag[12..<12 + length].prefix { $0 != 0 }
            return String(decoding: ascii, as: UTF8.self).trimmingWhitespace()
        }
        if tag.hasASCII("mluc", at: 0), (tag.bigEndian(at: 8, count: 4) ?? 0) > 0,
            let length = tag.bigEndian(at: 20, count: 4), let offset = tag.bigEndian(at: 24, count: 4),
            offset + length <= tag.count
        {
            let units = stride(from: offset, to: offset + length - 1, by: 2).map { UInt16(tag[$0]) << 8 | UInt16(tag[$0 + 1]) }
            return String(String(decoding: units, as: UTF16.self).filter { $0 != "\u{0}" }).trimmingWhitespace()
        }
        return nil
    }
}
