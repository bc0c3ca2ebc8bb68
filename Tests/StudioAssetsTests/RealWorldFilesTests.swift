import Foundation
import Testing

@testable import StudioAssets

/// The odd files of real-world collections (issue 13), one behaviour each; the fixtures themselves are
/// cross-checked field by field in ``ImageFactsTests`` and ``VideoFactsTests``.
@Suite struct RealWorldFilesTests {
    private func inspect(_ url: URL, pixels: Bool = false) -> AssetInfo {
        AssetInspector(options: InspectOptions(pixels: pixels)).inspect(WalkEntry(openPath: url.path, displayPath: url.lastPathComponent))
    }

    private func write(_ bytes: [UInt8], _ name: String) throws -> URL {
        let url = try Fixtures.scratchFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Every odd but readable fixture decodes with `--pixels` too, at its displayed size (but the TIFF
    /// layouts libvips does not decode, see ``aTIFFLayoutLibvipsRefusesHasItsHeaderFacts(_:_:_:)``).
    @Test(arguments: Fixtures.realWorld.filter { !Fixtures.libvipsRefuses.contains($0.name) })
    func readsWithPixels(_ fixture: ImageFixture) throws {
        let asset = inspect(Fixtures.url(fixture.name), pixels: true)
        #expect(asset.error == nil)
        let pixels = try #require(asset.pixels)
        let (width, height) = (try #require(asset.width), try #require(asset.height))
        let orientation = try #require(asset.image?.orientation)
        let (storedWidth, storedHeight) = orientation >= 5 ? (height, width) : (width, height)
        let shrink = PixelProbe.shrinkFactor(width: storedWidth, height: storedHeight)
        #expect(pixels.analysedWidth == (storedWidth + shrink - 1) / shrink)
        #expect(pixels.analysedHeight == (storedHeight + shrink - 1) / shrink)
    }

    /// Several samples below 8 bits: exiftool and ImageMagick read them, libvips' loader refuses them
    /// ("not 1 bands", "samples_per_pixel not a whole number of bytes"), so the facts come from the IFD
    /// and only `--pixels` fails.
    @Test(arguments: [("gray-alpha-2bit.tif", 2, ColorSpace.gray), ("rgb-4bit.tif", 4, .srgb)])
    func aTIFFLayoutLibvipsRefusesHasItsHeaderFacts(_ name: String, _ bitDepth: Int, _ colorSpace: ColorSpace) throws {
        #expect(Fixtures.libvipsRefuses.contains(name))
        let asset = inspect(Fixtures.url(name))
        #expect(asset.error == nil)
        #expect(asset.width == 60 && asset.height == 40)
        #expect(asset.image?.bitDepth == bitDepth)
        #expect(asset.image?.colorSpace == colorSpace)
        let pixels = inspect(Fixtures.url(name), pixels: true)
        #expect(pixels.error?.description.hasPrefix("libvips error in tiffload: ") == true)
    }

    /// HEIF transforms: the displayed size is the size libheif decodes to (heif-convert).
    @Test(arguments: ["irot.avif", "imir.avif", "clap.avif", "clap-irot.avif", "exif-orientation-irot.avif", "mono.avif"])
    func heifDisplayedSizeIsTheDecodedSize(_ name: String) throws {
        let folder = try Fixtures.scratchFolder()
        try Tool.run(["heif-convert", Fixtures.url(name).path, folder.appendingPathComponent("decoded.png").path])
        let decoded = String(
            decoding: try Tool.run(["identify", "-format", "%w %h", folder.appendingPathComponent("decoded.png").path]),
            as: UTF8.self
        )
        let asset = inspect(Fixtures.url(name))
        #expect("\(asset.width ?? 0) \(asset.height ?? 0)" == decoded)
        #expect(asset.image?.orientation == 1)
    }

    /// A JPEG whose EXIF XResolution is a SHORT, not the RATIONAL EXIF asks for (exiftool reads it).
    @Test func integerXResolution() throws {
        let tiff: [UInt8] =
            Array("II*\u{0}".utf8) + [8, 0, 0, 0, 2, 0]
            + [0x1A, 0x01, 3, 0, 1, 0, 0, 0, 0x2C, 0x01, 0, 0]  // XResolution, SHORT, 300
            + [0x28, 0x01, 3, 0, 1, 0, 0, 0, 2, 0, 0, 0]  // ResolutionUnit, SHORT, inches
            + [0, 0, 0, 0]
        let payload = Array("Exif\u{0}\u{0}".utf8) + tiff
        let jpeg = try [UInt8](Data(contentsOf: Fixtures.url("gray.jpg")))
        let app1: [UInt8] = [0xFF, 0xE1, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
        let url = try write(Array(jpeg.prefix(2)) + app1 + Array(jpeg.dropFirst(2)), "short-xresolution.jpg")
        #expect((try Tool.exiftool(url))["XResolution"] as? NSNumber == 300)
        #expect(inspect(url).image?.dpi == 300)
        #expect(EXIFSummary(payload)?.dpi == 300)
    }

    static let cr3: [UInt8] = [0, 0, 0, 24] + Array("ftypcrx \u{0}\u{0}\u{0}\u{1}crx isom".utf8) + [0, 0, 0, 8] + Array("moov".utf8)
    static let cr2: [UInt8] = Array("II*\u{0}".utf8) + [16, 0, 0, 0] + Array("CR".utf8) + [2, 0, 0, 0, 0, 0, 0, 0]
    static let dng: [UInt8] = Array("II*\u{0}".utf8) + [8, 0, 0, 0, 1, 0] + [0x12, 0xC6, 1, 0, 4, 0, 0, 0, 1, 4, 0, 0] + [0, 0, 0, 0]

    /// Camera raw files are not read: CR3 is ISO base media (not a video), CR2 and DNG are TIFF.
    @Test(arguments: [(cr3, "camera raw (CR3)"), (cr2, "camera raw (CR2)"), (dng, "camera raw (DNG)")])
    func cameraRawIsNotSupported(_ bytes: [UInt8], _ format: String) throws {
        let asset = inspect(try write(bytes, "raw.bin"))
        #expect(asset.error == .unsupported(format: format))
        #expect(asset.error?.description == "\(format) is not supported")
        #expect(asset.kind == .unknown)
        #expect(asset.format == nil)
    }

    /// A JPEG cut inside its image data is still truncated, however far the end marker is looked for.
    @Test func aCutMotionPhotoStillLacksItsEnd() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.url("motion-photo.jpg")))
        let still = try [UInt8](Data(contentsOf: Fixtures.url("motion-still.jpg")))
        let asset = inspect(try write(Array(bytes.prefix(still.count - 40)), "cut.jpg"))
        #expect(asset.error == .truncated(.jpeg, detail: "no end-of-image marker (FFD9) after the image data"))
    }

    /// A HEIF with 8 bytes appended that do not start a box: the readers ignore them.
    @Test func bytesAfterTheLastBoxOfAHEIF() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.url("picture.heic")))
        let asset = inspect(try write(bytes + Array("\n\n\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}".utf8), "appended.heic"))
        #expect(asset.error == nil)
        #expect(asset.width == 60)
    }
}
