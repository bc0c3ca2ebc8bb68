/// Walks the blocks of a GIF: the ICC profile of an `ICCRGBG1` application extension, which libvips'
/// loader does not read, and the trailer byte (3B) that ends the stream.
///
/// Like giflib and libnsgif, it reads nothing after the trailer: bytes appended to a GIF do not make
/// it damaged. Specification: https://www.w3.org/Graphics/GIF/spec-gif89a.txt (ICC: the ICC's
/// "Embedding ICC profiles in GIF files").
enum GIFScanner {
    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        // The blocks before the first image are in the head in practice; the profile is one of them.
        var walk = GIFWalk(file.head)
        result.stated.iccProfile = walk.iccProfileBeforeFirstImage()
        if try file.tail(1) != [0x3B] {
            var whole = GIFWalk(try file.read(at: 0, count: file.size))
            if !whole.reachesTrailer() { result.truncation = "no trailer byte (3B) at the end" }
        }
        return result
    }
}

/// A walk over the blocks of a GIF held in memory.
struct GIFWalk {
    private let bytes: [UInt8]
    /// The offset of the next block.
    private var offset: Int

    private static let iccApplication = Array("ICCRGBG1012".utf8)

    /// Starts after the header, the logical screen descriptor and the global colour table.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let flags = bytes.count > 10 ? Int(bytes[10]) : 0
        offset = 13 + Self.colorTableSize(flags)
    }

    /// The bytes of a colour table announced by `flags` (bit 7 present, bits 0-2 its size).
    private static func colorTableSize(_ flags: Int) -> Int {
        flags & 0x80 == 0 ? 0 : 3 << ((flags & 7) + 1)
    }

    /// The joined data sub-blocks starting at `start`, and the offset after their terminator;
    /// nil when they run past the end.
    private func subBlocks(at start: Int) -> (data: [UInt8], end: Int)? {
        var data: [UInt8] = []
        var position = start
        while position < bytes.count {
            let length = Int(bytes[position])
            if length == 0 { return (data, position + 1) }
            guard position + 1 + length <= bytes.count else { return nil }
            data += bytes[position + 1..<position + 1 + length]
            position += 1 + length
        }
        return nil
    }

    /// The ICC profile of an `ICCRGBG1` extension met before the first image, or nil.
    mutating func iccProfileBeforeFirstImage() -> [UInt8]? {
        while offset + 2 < bytes.count, bytes[offset] == 0x21 {
            let label = bytes[offset + 1]
            guard let first = subBlocks(at: offset + 2) else { return nil }
            if label == 0xFF, first.data.starts(with: Self.iccApplication) {
                // The identifier is the first sub-block; the profile is in the ones after it.
                let profile = Array(first.data.dropFirst(Self.iccApplication.count))
                return profile.isEmpty ? nil : profile
            }
            offset = first.end
        }
        return nil
    }

    /// Whether the blocks lead to the trailer byte (3B) inside the bytes.
    mutating func reachesTrailer() -> Bool {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x3B:
                return true
            case 0x21:
                guard offset + 2 < bytes.count, let blocks = subBlocks(at: offset + 2) else { return false }
                offset = blocks.end
            case 0x2C:
                guard offset + 10 < bytes.count else { return false }
                let dataStart = offset + 10 + Self.colorTableSize(Int(bytes[offset + 9])) + 1  // + LZW code size
                guard let blocks = subBlocks(at: dataStart) else { return false }
                offset = blocks.end
            default:
                return false
            }
        }
        return false
    }
}
