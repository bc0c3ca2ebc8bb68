import Testing

@testable import StudioAssets

/// The hand-written readers: XMP DigitalSourceType, ICC descriptions, EXIF dates, magic bytes.
@Suite struct MetadataTests {
    @Test(arguments: [
        "<Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>",
        "Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia\"",
        "<Iptc4xmpExt:DigitalSourceType rdf:resource='http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'/>",
    ])
    func digitalSourceTypeInEveryXMPForm(_ xmp: String) {
        #expect(XMPLabel.digitalSourceType(in: Array(xmp.utf8)) == "trainedAlgorithmicMedia")
    }

    @Test func noDigitalSourceType() {
        #expect(XMPLabel.digitalSourceType(in: Array("<x:xmpmeta><dc:title>a</dc:title></x:xmpmeta>".utf8)) == nil)
    }

    @Test(arguments: [
        ("sRGB IEC61966-2.1", ColorSpace.srgb), ("Display P3", .displayP3), ("Adobe RGB (1998)", .adobeRGB),
        ("ProPhoto RGB", .other),
    ])
    func iccDescriptionNamesTheColorSpace(_ description: String, _ space: ColorSpace) throws {
        for bytes in [ICCProfileMaker.version2(description: description), ICCProfileMaker.version4(description: description)] {
            let profile = try #require(ICCProfile(bytes))
            #expect(profile.description == description)
            #expect(profile.colorSpace == space)
        }
    }

    @Test func cmykAndGrayProfilesByDataColorSpace() throws {
        #expect(ICCProfile(ICCProfileMaker.version2(description: "U.S. Web Coated (SWOP) v2", colorSpace: "CMYK"))?.colorSpace == .cmyk)
        #expect(ICCProfile(ICCProfileMaker.version4(description: "Gray Gamma 2.2", colorSpace: "GRAY"))?.colorSpace == .gray)
        #expect(ICCProfile([1, 2, 3]) == nil)
    }

    @Test(arguments: [
        ("2026:11:24 10:00:00", "2026-11-24T10:00:00"), ("2026-11-24T10:00:00.000000Z", "2026-11-24T10:00:00"),
        ("0000:00:00 00:00:00", nil), ("    :  :     :  :  ", nil), ("yesterday", nil),
    ])
    func exifDates(_ text: String, _ expected: String?) {
        #expect(EXIFDate.isoString(text) == expected)
    }

    static let signatures: [([UInt8], AssetFormat)] = [
        ([0xFF, 0xD8, 0xFF, 0xE0], .jpeg), ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .png),
        (Array("GIF89a".utf8), .gif), (Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), .webp),
        ([0x49, 0x49, 0x2A, 0x00], .tiff), ([0, 0, 0, 24] + Array("ftypheic\u{0}\u{0}\u{0}\u{0}mif1heic".utf8), .heif),
        ([0, 0, 0, 28] + Array("ftypavif\u{0}\u{0}\u{0}\u{0}avifmif1miaf".utf8), .avif),
        ([0, 0, 0, 20] + Array("ftypqt  \u{0}\u{0}\u{0}\u{0}qt  ".utf8), .mov),
        ([0, 0, 0, 20] + Array("ftypisom\u{0}\u{0}\u{0}\u{0}isom".utf8), .mp4),
        ([0x1A, 0x45, 0xDF, 0xA3, 0x42, 0x82, 0x84] + Array("webm".utf8), .webm),
    ]

    @Test(arguments: signatures)
    func magicBytes(_ head: [UInt8], _ format: AssetFormat) {
        #expect(FormatSniffer.format(of: head) == format)
    }
}
