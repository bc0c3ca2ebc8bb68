import Foundation
import Testing

@testable import StudioAssets

/// Every image fact `inspect` reports, compared with what exiftool says about the same file.
@Suite struct ImageFactsTests {
    private func inspect(_ name: String) -> AssetInfo {
        AssetInspector().inspect(WalkEntry(openPath: Fixtures.url(name).path, displayPath: name))
    }

    private func int(_ value: Any?) -> Int? {
        if let number = value as? NSNumber { return number.intValue }
        if let text = value as? String { return text.split(separator: " ").first.flatMap { Int($0) } }
        return nil
    }

    @Test(arguments: Fixtures.images)
    func matchesExiftool(_ fixture: ImageFixture) throws {
        let asset = inspect(fixture.name)
        let oracle = try Tool.exiftool(Fixtures.url(fixture.name))
        #expect(asset.error == nil)
        let image = try #require(asset.image)

        let fileType = (oracle["FileType"] as? String)?.lowercased()
        let sameFormat = ["heic": "heif", "btf": "tiff", "apng": "png", "extended webp": "webp"]
        #expect(asset.format?.rawValue == sameFormat[fileType ?? ""] ?? fileType)
        #expect(asset.kind == .image)
        #expect(asset.extensionMatches)
        #expect(asset.bytes == int(oracle["FileSize"]))

        // HEIF readers apply the file's own transforms (irot, imir, clap) and leave EXIF's orientation aside:
        // ImageMagick, through libheif, shows the displayed size.
        let isHEIF = asset.format == .heif || asset.format == .avif
        let orientation = isHEIF ? 1 : int(oracle["Orientation"]) ?? 1
        #expect(image.orientation == orientation)
        if isHEIF {
            let size = String(decoding: try Tool.run(["identify", "-format", "%w %h", Fixtures.url(fixture.name).path + "[0]"]), as: UTF8.self)
            #expect("\(asset.width ?? 0) \(asset.height ?? 0)" == size)
        } else {
            let storedWidth = try #require(int(oracle["ImageWidth"]))
            let storedHeight = try #require(int(oracle["ImageHeight"]))
            #expect(asset.width == (orientation >= 5 ? storedHeight : storedWidth))
            #expect(asset.height == (orientation >= 5 ? storedWidth : storedHeight))
        }

        #expect(image.iccProfile == oracle["ProfileDescription"] as? String)
        #expect(image.colorSpace == fixture.colorSpace)
        #expect(image.hasAlpha == fixture.hasAlpha)
        if let colorType = int(oracle["ColorType"]) {  // PNG: 4 gray+alpha, 6 RGBA, 3 palette (+tRNS)
            #expect(image.hasAlpha == ([4, 6].contains(colorType) || (colorType == 3 && oracle["Transparency"] != nil)))
        }
        if asset.format == .tiff {  // alpha is an extra sample
            #expect(image.hasAlpha == (oracle["ExtraSamples"] != nil))
        }

        // Palette images report the depth of their colours (8), not of their indexes.
        let paletted = int(oracle["ColorType"]) == 3 || int(oracle["PhotometricInterpretation"]) == 3
        let oracleDepth = paletted ? 8 : int(oracle["BitsPerSample"]) ?? int(oracle["BitDepth"]) ?? 8
        #expect(image.bitDepth == oracleDepth)
        #expect(image.frames == int(oracle["FrameCount"]) ?? int(oracle["AnimationFrames"]) ?? 1)
        #expect(image.dpi == fixture.dpi)
        if let dpi = image.dpi {
            let pngDPI = (oracle["PixelsPerUnitX"] as? NSNumber).map { Int(($0.doubleValue * 0.0254).rounded()) }
            let perCentimetre = int(oracle["ResolutionUnit"]) == 3
            let exifDPI = (oracle["XResolution"] as? NSNumber).map { Int(($0.doubleValue * (perCentimetre ? 2.54 : 1)).rounded()) }
            #expect(pngDPI ?? exifDPI == dpi)
        }
        #expect(image.gps == (oracle["GPSLatitude"] != nil))
        let created = (oracle["DateTimeOriginal"] as? String).flatMap(EXIFDate.isoString)
        #expect(asset.created == created)
        let label = (oracle["DigitalSourceType"] as? String)?.split(separator: "/").last.map(String.init)
        #expect(asset.aiLabel == AILabel(digitalSourceType: label, c2pa: false))
    }

    @Test func dateTimeIsNotTakenForDateTimeOriginal() throws {
        let oracle = try Tool.exiftool(Fixtures.url("orientation-1.jpg"))
        #expect(oracle["DateTimeOriginal"] == nil)
        #expect(inspect("orientation-1.jpg").created == nil)
        #expect(inspect("exif-facts.jpg").created == "2026-11-24T10:00:00")
    }

    @Test func formatComesFromContentNotExtension() throws {
        let folder = try Fixtures.scratchFolder()
        let renamed = folder.appendingPathComponent("really-a-png.jpg")
        try FileManager.default.copyItem(at: Fixtures.url("rgb16.png"), to: renamed)
        let asset = AssetInspector().inspect(WalkEntry(openPath: renamed.path, displayPath: "really-a-png.jpg"))
        #expect(asset.format == .png)
        #expect(asset.extensionMatches == false)
        #expect(asset.error == nil)
    }
}
