import Foundation
import Testing

@testable import StudioAssets

/// The JPEG header fast path must report exactly what libvips reports for the same file.
@Suite struct JPEGFastPathTests {
    static let jpegs = Fixtures.images.map(\.name).filter { $0.hasSuffix(".jpg") }

    @Test(arguments: jpegs)
    func agreesWithLibvips(_ name: String) throws {
        let path = Fixtures.url(name).path
        let scan = try ContainerScan.scan(AssetFile(path: path))
        let fast = try #require(scan.imageHeader)
        var vips = try ImageProbe.read(path: path, format: .jpeg)
        vips.facts.dpi = scan.statedDPI  // libvips says 72 dpi when the file states none
        #expect(fast == vips)
    }

    @Test(arguments: [("Undefined", nil), ("PixelsPerCentimeter", 102), ("PixelsPerInch", 40)] as [(String, Int?)])
    func jfifDensityUnits(_ units: String, _ dpi: Int?) throws {
        let folder = try Fixtures.scratchFolder()
        try Tool.run(["convert", "-size", "20x10", "xc:white", "-units", units, "-density", "40", "d.jpg"], in: folder)
        let path = folder.appendingPathComponent("d.jpg").path
        let asset = AssetInspector().inspect(WalkEntry(openPath: path, displayPath: "d.jpg"))
        #expect(asset.image?.dpi == dpi)
    }
}
