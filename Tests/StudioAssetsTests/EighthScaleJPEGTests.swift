import Foundation
import Testing

@testable import StudioAssets

/// Progressive JPEGs cut down to the scans a 1/8-scale decode reads, on hand-made segments and on real files.
@Suite struct EighthScaleJPEGTests {
    /// A marker segment: the marker, the big-endian length, the payload.
    private func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
    }

    /// A scan of the one component with the coefficients `start...end` down to bit `low`, with
    /// entropy-coded data holding a stuffed zero byte and a restart marker.
    private func scan(_ start: UInt8, _ end: UInt8, low: UInt8) -> [UInt8] {
        segment(0xDA, [1, 1, 0x00, start, end, low]) + [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]
    }

    /// Quantisation table 0 with the entries 1-64, then a 16 x 16 frame of one component (`frameMarker`).
    private func header(frameMarker: UInt8 = 0xC2) -> (table: [UInt8], frame: [UInt8]) {
        (segment(0xDB, [0x00] + Array(1...64)), segment(frameMarker, [8, 0, 16, 0, 16, 1, 1, 0x11, 0]))
    }

    @Test func dropsTheACScansAndZeroesTheirTablesACEntries() throws {
        let (table, frame) = header()
        let jpeg = [0xFF, 0xD8] + table + frame + scan(0, 0, low: 0) + scan(1, 63, low: 1) + scan(1, 63, low: 0) + [0xFF, 0xD9]
        let reduced = try #require(EighthScaleJPEG(jpeg))
        let zeroedTable = segment(0xDB, [0x00, 1] + [UInt8](repeating: 0, count: 63))
        #expect(reduced.bytes == [0xFF, 0xD8] + zeroedTable + frame + scan(0, 0, low: 0) + [0xFF, 0xD9])
    }

    @Test func leavesAFileAloneThatLibjpegWouldSmooth() {
        // The AC coefficients stop at bit 1, so libjpeg smooths the whole file: the cut-down copy would differ.
        let (table, frame) = header()
        let jpeg = [0xFF, 0xD8] + table + frame + scan(0, 0, low: 0) + scan(1, 63, low: 1) + [0xFF, 0xD9]
        #expect(EighthScaleJPEG(jpeg) == nil)
    }

    @Test func leavesABaselineFileAlone() {
        let (table, frame) = header(frameMarker: 0xC0)
        #expect(EighthScaleJPEG([0xFF, 0xD8] + table + frame + scan(0, 63, low: 0) + [0xFF, 0xD9]) == nil)
    }

    @Test func leavesAFileWithoutEndMarkerAlone() {
        let (table, frame) = header()
        #expect(EighthScaleJPEG([0xFF, 0xD8] + table + frame + scan(0, 0, low: 0) + scan(1, 63, low: 0)) == nil)
    }

    /// Progressive files at 4:2:0, 4:4:4 and in grey: the cut-down copy decodes to exactly the reduced
    /// copy of the whole file.
    @Test(arguments: [["-sampling-factor", "2x2"], ["-sampling-factor", "1x1"], ["-colorspace", "Gray"]])
    func decodesExactlyLikeTheWholeFile(_ options: [String]) throws {
        let folder = try Fixtures.scratchFolder()
        let command = ["convert", "-seed", "7", "-size", "1600x1200", "plasma:fractal"] + options + ["-interlace", "JPEG", "p.jpg"]
        try Tool.run(command, in: folder)
        let path = folder.appendingPathComponent("p.jpg").path
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let reduced = try #require(EighthScaleJPEG(bytes))
        #expect(reduced.bytes.count < bytes.count * 3 / 4)
        let whole = try PixelProbe.raster(path: path, format: .jpeg, width: 1600, height: 1200)
        let fromFewerScans = try PixelProbe.raster(path: path, format: .jpeg, width: 1600, height: 1200, progressiveJPEG: bytes)
        #expect(whole.width == 200)
        #expect(fromFewerScans == whole)
    }
}
