import Foundation
import StudioTestSupport
import Testing

@testable import StudioAssets

/// Each file's error is its own: the same words on every run, never another file's, whatever is read
/// beside it (libvips keeps one error buffer for the whole process).
@Suite struct ErrorAttributionTests {
    static let seeds = [
        "exif-facts.jpg", "progressive.jpg", "rgb16.png", "palette-transparent.png", "interlaced.png", "lossy.webp",
        "lossless-alpha.webp", "animated.gif", "picture.tif", "picture.heic", "picture.avif",
    ]

    /// 200 damaged images of every kind, each under a name no other name contains.
    private func damagedFolder() throws -> URL {
        let folder = try Fixtures.scratchFolder()
        var generator = SeededGenerator(seed: 13)
        for index in 0..<200 {
            let seed = Self.seeds[index % Self.seeds.count]
            var bytes = try [UInt8](Data(contentsOf: Fixtures.url(seed)))
            let damage = Int.random(in: 0..<3, using: &generator)
            if damage == 0 {  // flip bits in the header
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    bytes[Int.random(in: 0..<min(bytes.count, 256), using: &generator)] ^= 1 << UInt8.random(in: 0...7, using: &generator)
                }
            } else if damage == 1 {  // garble the image data
                let start = Int.random(in: bytes.count / 3..<bytes.count - 16, using: &generator)
                for offset in start..<start + 16 { bytes[offset] = UInt8.random(in: 0...255, using: &generator) }
            } else {  // cut the file
                bytes = Array(bytes.prefix(Int.random(in: 16..<bytes.count, using: &generator)))
            }
            let name = String(format: "damaged-%03d-", index) + seed
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func errorsAreTheSameOnEveryRunAndNeverAnotherFiles() throws {
        let folder = try damagedFolder()
        let inspector = AssetInspector(options: InspectOptions(pixels: true))
        let first = inspector.inspect([folder.path])
        let names = first.map(\.path)
        let errors = first.map { $0.error?.description }
        #expect(first.count == 200)
        #expect(errors.count { $0?.hasPrefix("libvips error") == true } >= 50)
        for (path, error) in zip(names, errors) {
            guard let error else { continue }
            #expect(!error.contains("unknown error"), "\(path): \(error)")
            for other in names where other != path {
                #expect(!error.contains(other), "\(path) carries \(other)'s message: \(error)")
            }
        }
        for run in 2...20 {
            let again = inspector.inspect([folder.path]).map { $0.error?.description }
            for (path, (expected, actual)) in zip(names, zip(errors, again)) where expected != actual {
                Issue.record("run \(run): \(path) got \(actual ?? "no error") instead of \(expected ?? "no error")")
            }
        }
    }

    /// A PNG whose header (IHDR) is damaged: libpng's own words reach the message.
    @Test(arguments: [
        ("bad-crc.png", 29, "IHDR: CRC error"),  // a byte of the IHDR CRC changed
        ("bad-colour-type.png", 25, "Invalid color type in IHDR"),  // colour type 5 does not exist (CRC made right)
    ])
    func libpngWordsReachTheMessage(_ name: String, _ offset: Int, _ words: String) throws {
        var bytes = try [UInt8](Data(contentsOf: Fixtures.url("interlaced.png")))
        if offset == 25 {
            bytes[25] = 5
            let crc = CRC32.checksum(bytes[12..<29])
            bytes[29...32] = [UInt8(crc >> 24 & 0xFF), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)]
        } else {
            bytes[offset] ^= 0xFF
        }
        let url = try Fixtures.scratchFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        let error = AssetInspector().inspect(WalkEntry(openPath: url.path, displayPath: name)).error?.description ?? ""
        #expect(error.hasPrefix("libvips error in pngload: "))
        #expect(error.contains(words), "\(error)")
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, as zlib computes it).
enum CRC32 {
    static func checksum<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
