import Testing

@testable import StudioAssets

/// Block averaging of decoded rows into the reduced copy that ``PixelAnalysis`` reads.
@Suite struct RasterReducerTests {
    /// Feeds `rows` (each a flat list of samples) through a reducer and returns the reduced raster.
    private func reduce(_ rows: [[UInt8]], width: Int, bands: Int, factor: Int) -> Raster {
        var reducer = RasterReducer(width: width, height: rows.count, bands: bands, factor: factor)
        for row in rows { reducer.add(row.span) }
        return reducer.finish()
    }

    @Test func averagesEachBlockRoundingColoursToNearest() {
        let rows: [[UInt8]] = [
            [0, 0, 0, 1, 1, 1, 200, 100, 50, 200, 100, 50],
            [1, 1, 1, 0, 0, 0, 200, 100, 50, 200, 100, 51],
        ]
        let raster = reduce(rows, width: 4, bands: 3, factor: 2)
        #expect(raster == Raster(width: 2, height: 1, bands: 3, samples: [1, 1, 1, 200, 100, 50]))
    }

    @Test func edgeBlocksAverageOnlyThePixelsTheyHold() {
        // 3 x 3 pixels by 2: the right column and the bottom row are blocks of 2, the corner a block of 1.
        let rows: [[UInt8]] = [
            [10, 10, 10, 30, 30, 30, 90, 90, 90],
            [10, 10, 10, 30, 30, 30, 70, 70, 70],
            [40, 40, 40, 60, 60, 60, 5, 5, 5],
        ]
        let raster = reduce(rows, width: 3, bands: 3, factor: 2)
        #expect(raster == Raster(width: 2, height: 2, bands: 3, samples: [20, 20, 20, 80, 80, 80, 50, 50, 50, 5, 5, 5]))
    }

    @Test(arguments: [(UInt8(254), UInt8(254)), (0, 254), (255, 255)])
    func aLoneTransparentPixelKeepsItsBlockTransparent(_ alpha: UInt8, _ blockAlpha: UInt8) {
        // 16 x 16 opaque white pixels with one of the given alpha, reduced to one 16 x 16 block.
        var rows = [[UInt8]](repeating: [UInt8](repeating: 255, count: 16 * 4), count: 16)
        rows[9][7 * 4 + 3] = alpha
        let raster = reduce(rows, width: 16, bands: 4, factor: 16)
        #expect(raster.samples == [255, 255, 255, blockAlpha])
    }

    @Test func factorOneKeepsTheFirstFourBands() {
        let raster = reduce([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], width: 2, bands: 5, factor: 1)
        #expect(raster == Raster(width: 2, height: 1, bands: 4, samples: [1, 2, 3, 4, 6, 7, 8, 9]))
    }

    @Test func factorOneCopiesRowsAsTheyAre() {
        let raster = reduce([[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]], width: 2, bands: 3, factor: 1)
        #expect(raster == Raster(width: 2, height: 2, bands: 3, samples: Array(1...12)))
    }
}
