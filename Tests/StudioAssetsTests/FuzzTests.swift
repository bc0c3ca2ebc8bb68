import Foundation
import StudioTestSupport
import Testing

@testable import StudioAssets

/// Thousands of damaged files (bit flips, truncations, spliced headers) go through the whole probe,
/// pixels included: every one must come back as facts or an error, without a crash or a hang.
@Suite struct FuzzTests {
    static let seeds = [
        "exif-facts.jpg", "progressive.jpg", "cmyk.jpg", "display-p3.jpg", "rgb16.png", "palette-transparent.png",
        "interlaced.png", "lossy.webp", "lossless-alpha.webp", "animated.gif", "picture.tif", "picture.heic",
        "picture.avif", "audio.mp4", "silent.mov", "clip.webm",
    ]
    static let mutationsPerSeed = 200

    private static func mutate(_ bytes: [UInt8], other: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:  // flip a few bits, mostly in the header
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let limit = Bool.random(using: &generator) ? min(bytes.count, 512) : bytes.count
                let index = Int.random(in: 0..<limit, using: &generator)
                bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &generator)
            }
        case 1:  // cut anywhere
            bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
        case 2:  // one file's start spliced onto another's rest
            let cut = Int.random(in: 0..<min(bytes.count, other.count), using: &generator)
            bytes = Array(bytes.prefix(cut)) + Array(other.dropFirst(cut))
        default:  // overwrite a run with random bytes (lengths, sizes, offsets)
            let start = Int.random(in: 0..<bytes.count, using: &generator)
            for index in start..<min(bytes.count, start + Int.random(in: 1...16, using: &generator)) {
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
        }
        return bytes
    }

    @Test func mutatedFilesNeverCrashOrHang() throws {
        let folder = try Fixtures.scratchFolder()
        let originals = try Self.seeds.map { try [UInt8](Data(contentsOf: Fixtures.url($0))) }
        var generator = SeededGenerator(seed: 2026)
        var count = 0
        for (index, (seed, bytes)) in zip(Self.seeds, originals).enumerated() {
            let other = originals[(index + 1) % originals.count]
            for mutation in 0..<Self.mutationsPerSeed {
                let damaged = Self.mutate(bytes, other: other, using: &generator)
                try Data(damaged).write(to: folder.appendingPathComponent("\(mutation)-\(seed)"))
                count += 1
            }
        }
        let assets = AssetInspector(options: InspectOptions(pixels: true, maxPixels: 4_000_000)).inspect([folder.path])
        #expect(assets.count == count)
        for asset in assets where asset.error == nil {
            #expect((asset.width ?? 0) > 0 && (asset.height ?? 0) > 0, "\(asset.path)")
            #expect(asset.image != nil || asset.video != nil, "\(asset.path)")
        }
        #expect(assets.contains { $0.error == nil })
        #expect(assets.contains { $0.error != nil })
    }
}
