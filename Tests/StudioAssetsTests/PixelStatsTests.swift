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

    @Test(arguments: [("jpg", 4), ("webp", 4), ("png", 4), ("tif", 4)])
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

    /// One pixel of an 1600 x 1200 PNG, reduced by 8, fully transparent or all but opaque (alpha 254).
    @Test(arguments: ["none", "#FFFFFFFE"])
    func aLoneTransparentPixelSurvivesTheReduction(_ fill: String) throws {
        let folder = try Fixtures.scratchFolder()
        try Tool.run(
            ["convert", "-size", "1600x1200", "xc:white", "-alpha", "on", "-fill", fill, "-draw", "color 801,601 point", "PNG32:lone.png"],
            in: folder
        )
        let asset = AssetInspector(options: InspectOptions(pixels: true))
            .inspect(WalkEntry(openPath: folder.appendingPathComponent("lone.png").path, displayPath: "lone.png"))
        let pixels = try #require(asset.pixels)
        #expect(pixels.analysedWidth == 200)
        #expect(pixels.anyTransparent)
    }

    /// A 2000 x 1500 product shot: a gradient product with a thin strap reaching out to the right
    /// (2 pixels wide, so only block averaging keeps it) and a soft shadow, on white or on a light gradient.
    @Test(arguments: [("jpg", "xc:white"), ("png", "xc:white"), ("webp", "xc:white"), ("jpg", "gradient:white-gray90")])
    func theReductionKeepsTheVerdictOfAFullSizeDecode(_ fileExtension: String, _ background: String) throws {
        let folder = try Fixtures.scratchFolder()
        let name = "shot.\(fileExtension)"
        try Tool.run(
            [
                "convert", "-size", "2000x1500", background,
                "-fill", "gray80", "-draw", "ellipse 1000,1280 520,50 0,360", "-blur", "0x16",
                "(", "-size", "900x1000", "gradient:#b03020-#2050c0", ")", "-geometry", "+550+230", "-composite",
                "-stroke", "black", "-strokewidth", "2", "-draw", "line 1450,700 1730,700",
                "-quality", "90", name,
            ],
            in: folder
        )
        let path = folder.appendingPathComponent(name).path
        let reduced = try #require(
            AssetInspector(options: InspectOptions(pixels: true)).inspect(WalkEntry(openPath: path, displayPath: name)).pixels
        )
        let fullSize = PixelAnalysis(
            raster: Raster(width: 2000, height: 1500, bands: 3, samples: Array(try Tool.run(["convert", path, "-depth", "8", "rgb:-"])))
        ).stats(storedWidth: 2000, storedHeight: 1500, orientation: 1)
        #expect(reduced.analysedWidth == 250)
        #expect(abs(reduced.border.nearWhiteShare - fullSize.border.nearWhiteShare) <= 0.01)
        #expect(zip(reduced.border.mean, fullSize.border.mean).allSatisfy { abs($0 - $1) <= 1 })
        #expect(reduced.anyTransparent == fullSize.anyTransparent)
        let box = try #require(reduced.product)
        let exact = try #require(fullSize.product)
        #expect(abs(box.x - exact.x) <= 8 && abs(box.y - exact.y) <= 8)
        #expect(abs(box.x + box.width - exact.x - exact.width) <= 8 && abs(box.y + box.height - exact.y - exact.height) <= 8)
        #expect(abs(box.fill - exact.fill) <= 0.01)
    }
}
