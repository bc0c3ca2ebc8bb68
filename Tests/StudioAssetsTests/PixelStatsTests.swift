import Foundation
import Testing

@testable import StudioAssets

/// Border statistics, transparency and the product box, on synthetic rasters and on decoded files.
@Suite struct PixelStatsTests {
    /// A white RGB(A) raster with a black rectangle from (x0, y0) to (x1, y1), ends exclusive.
    private func raster(width: Int, height: Int, box: Box, bands: Int = 3, background: UInt8 = 255, alpha: UInt8 = 255) -> Raster {
        var samples: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                let inside = x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1
                samples += inside ? [0, 0, 0] : [background, background, background]
                if bands == 4 { samples.append(inside ? 255 : alpha) }
            }
        }
        return Raster(width: width, height: height, bands: bands, samples: samples)
    }

    @Test func whiteBorderAndProductBox() {
        let stats = PixelAnalysis(raster: raster(width: 100, height: 50, box: Box(x0: 20, y0: 10, x1: 40, y1: 30)))
            .stats(storedWidth: 100, storedHeight: 50, orientation: 1)
        #expect(stats.border.nearWhiteShare == 1)
        #expect(stats.border.mean == [255, 255, 255])
        #expect(stats.border.min == [255, 255, 255])
        #expect(stats.anyTransparent == false)
        #expect(stats.product == ProductBox(x: 20, y: 10, width: 20, height: 20, fill: 0.08))
    }

    @Test func boxIsScaledToFullSizeAndRotatedByOrientation() {
        let small = raster(width: 100, height: 50, box: Box(x0: 20, y0: 10, x1: 40, y1: 30))
        let stats = PixelAnalysis(raster: small).stats(storedWidth: 400, storedHeight: 200, orientation: 6)
        #expect(stats.product == ProductBox(x: 80, y: 80, width: 80, height: 80, fill: 0.08))
    }

    @Test(arguments: [(1, 20, 10), (2, 60, 10), (3, 60, 20), (4, 20, 20), (5, 10, 20), (6, 20, 20), (7, 20, 60), (8, 10, 60)])
    func everyOrientationMapsTheBox(_ orientation: Int, _ x: Int, _ y: Int) {
        let stats = PixelAnalysis(raster: raster(width: 100, height: 50, box: Box(x0: 20, y0: 10, x1: 40, y1: 30)))
            .stats(storedWidth: 100, storedHeight: 50, orientation: orientation)
        #expect(stats.product?.x == x)
        #expect(stats.product?.y == y)
    }

    @Test func greyBorderIsNotNearWhite() {
        let stats = PixelAnalysis(raster: raster(width: 60, height: 60, box: Box(x0: 20, y0: 20, x1: 40, y1: 40), background: 240))
            .stats(storedWidth: 60, storedHeight: 60, orientation: 1)
        #expect(stats.border.nearWhiteShare == 0)
        #expect(stats.product == ProductBox(x: 20, y: 20, width: 20, height: 20, fill: 400.0 / 3600.0))
    }

    @Test func cutOutOnTransparentBackground() {
        let stats = PixelAnalysis(raster: raster(width: 60, height: 60, box: Box(x0: 10, y0: 20, x1: 50, y1: 40), bands: 4, alpha: 0))
            .stats(storedWidth: 60, storedHeight: 60, orientation: 1)
        #expect(stats.anyTransparent)
        #expect(stats.border.nearWhiteShare == 0)
        #expect(stats.product?.x == 10 && stats.product?.width == 40)
    }

    @Test func transparentPaletteFileThroughTheProbe() throws {
        let asset = AssetInspector(options: InspectOptions(pixels: true))
            .inspect(WalkEntry(openPath: Fixtures.url("palette-transparent.png").path, displayPath: "p.png"))
        let pixels = try #require(asset.pixels)
        #expect(pixels.anyTransparent)
        #expect(pixels.product == ProductBox(x: 10, y: 10, width: 31, height: 21, fill: 651.0 / 2400.0))
    }

    @Test(arguments: [("jpg", 2), ("webp", 2), ("png", 2), ("tif", 2)])
    func shrinkOnLoadKeepsTheVerdict(_ fileExtension: String, _ shrink: Int) throws {
        let folder = try Fixtures.scratchFolder()
        let name = "product.\(fileExtension)"
        try Tool.run(["convert", "-size", "800x600", "xc:white", "-fill", "black", "-draw", "rectangle 200,100 399,299", name], in: folder)
        let asset = AssetInspector(options: InspectOptions(pixels: true))
            .inspect(WalkEntry(openPath: folder.appendingPathComponent(name).path, displayPath: name))
        let pixels = try #require(asset.pixels)
        #expect(pixels.analysedWidth == 800 / shrink)
        #expect(pixels.border.nearWhiteShare == 1)
        #expect(pixels.anyTransparent == false)
        let box = try #require(pixels.product)
        #expect(abs(box.x - 200) <= 2 && abs(box.y - 100) <= 2)
        #expect(abs(box.width - 200) <= 4 && abs(box.height - 200) <= 4)
    }

    @Test func aLoneTransparentPixelSurvivesTheReduction() throws {
        let folder = try Fixtures.scratchFolder()
        try Tool.run(
            ["convert", "-size", "800x600", "xc:white", "-alpha", "on", "-fill", "none", "-draw", "color 401,301 point", "PNG32:lone.png"],
            in: folder
        )
        let asset = AssetInspector(options: InspectOptions(pixels: true))
            .inspect(WalkEntry(openPath: folder.appendingPathComponent("lone.png").path, displayPath: "lone.png"))
        let pixels = try #require(asset.pixels)
        #expect(pixels.analysedWidth == 400)
        #expect(pixels.anyTransparent)
    }
}
