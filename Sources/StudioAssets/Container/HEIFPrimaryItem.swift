/// What the `meta` box of a HEIF or AVIF file says about its primary image: the displayed size after
/// its transforms, and whether its pictures are coded as monochrome.
///
/// The primary item (`pitm`) has properties (`iprp/ipco`) associated in order (`ipma`): `ispe` gives the
/// coded size, then each transform applies in that order: `clap` crops to the clean aperture (rounded as
/// libheif rounds it), `irot` turns by a multiple of 90 degrees, `imir` mirrors. A grid image's coding
/// (`av1C`, `hvcC`) belongs to its tiles, found through `iref/dimg`.
/// Specification: ISO/IEC 23008-12 (HEIF), https://aomediacodec.github.io/av1-avif/
struct HEIFPrimaryItem: Equatable {
    /// Displayed width and height.
    var width: Int
    var height: Int
    /// Whether the pictures are coded in one channel (AV1 `mono_chrome`, HEVC `chroma_format_idc` 0);
    /// nil when the coding is neither.
    var monochrome: Bool?

    /// A box inside another: its four-letter type and its payload's bounds.
    private struct Box {
        var type: String
        var payload: Range<Int>
    }

    /// Reads the payload of a `meta` box (a full box: version and flags, then boxes); nil when it names
    /// no primary item with a size.
    init?(meta: [UInt8]) {
        let boxes = Self.boxes(in: meta, 4..<meta.count)
        guard let pitm = boxes.first(where: { $0.type == "pitm" }), let primary = Self.itemID(meta, pitm.payload)
        else { return nil }
        let iprp = boxes.first { $0.type == "iprp" }
        let iprpBoxes = iprp.map { Self.boxes(in: meta, $0.payload) } ?? []
        let properties = iprpBoxes.first { $0.type == "ipco" }.map { Self.boxes(in: meta, $0.payload) } ?? []
        let associations = iprpBoxes.filter { $0.type == "ipma" }.reduce(into: [Int: [Int]]()) { all, ipma in
            all.merge(Self.associations(meta, ipma.payload)) { first, _ in first }
        }
        let ofItem = { (item: Int) in
            (associations[item] ?? []).compactMap { index in
                properties.indices.contains(index - 1) ? properties[index - 1] : nil
            }
        }
        let own = ofItem(primary)
        guard let ispe = own.first(where: { $0.type == "ispe" }), let width = meta.bigEndian(at: ispe.payload.lowerBound + 4, count: 4),
            let height = meta.bigEndian(at: ispe.payload.lowerBound + 8, count: 4)
        else { return nil }
        (self.width, self.height) = (width, height)
        for property in own {
            let at = property.payload.lowerBound
            if property.type == "clap", let clean = Self.cleanAperture(meta, at) {
                (self.width, self.height) = clean
            }
            if property.type == "irot", at < meta.count, meta[at] & 1 == 1 {
                (self.width, self.height) = (self.height, self.width)
            }
        }
        let tile = boxes.first { $0.type == "iref" }.flatMap { Self.firstTile(of: primary, meta, $0.payload) }
        let coding = own + (tile.map(ofItem) ?? [])
        if let av1C = coding.first(where: { $0.type == "av1C" }), av1C.payload.count > 2 {
            monochrome = meta[av1C.payload.lowerBound + 2] & 0x10 != 0
        } else if let hvcC = coding.first(where: { $0.type == "hvcC" }), hvcC.payload.count > 16 {
            monochrome = meta[hvcC.payload.lowerBound + 16] & 0x03 == 0
        }
    }

    /// The boxes one after another in `range`.
    private static func boxes(in bytes: [UInt8], _ range: Range<Int>) -> [Box] {
        var found: [Box] = []
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound, let size = bytes.bigEndian(at: offset, count: 4), size >= 8,
            offset + size <= range.upperBound
        {
            found.append(Box(type: String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self), payload: offset + 8..<offset + size))
            offset += size
        }
        return found
    }

    /// The item ID of a `pitm` payload (2 bytes in version 0, 4 after).
    private static func itemID(_ bytes: [UInt8], _ payload: Range<Int>) -> Int? {
        guard payload.count >= 6 else { return nil }
        return bytes.bigEndian(at: payload.lowerBound + 4, count: bytes[payload.lowerBound] == 0 ? 2 : 4)
    }

    /// Each item's property indexes (1-based, in order) from an `ipma` payload.
    private static func associations(_ bytes: [UInt8], _ payload: Range<Int>) -> [Int: [Int]] {
        guard payload.count >= 8 else { return [:] }
        let version = bytes[payload.lowerBound]
        let wideIndexes = bytes[payload.lowerBound + 3] & 1 == 1
        let idSize = version < 1 ? 2 : 4
        var offset = payload.lowerBound + 8
        var result: [Int: [Int]] = [:]
        for _ in 0..<(bytes.bigEndian(at: payload.lowerBound + 4, count: 4) ?? 0) {
            guard let item = bytes.bigEndian(at: offset, count: idSize), let count = bytes.bigEndian(at: offset + idSize, count: 1)
            else { break }
            offset += idSize + 1
            var indexes: [Int] = []
            for _ in 0..<count {
                guard let value = bytes.bigEndian(at: offset, count: wideIndexes ? 2 : 1), offset < payload.upperBound else { break }
                indexes.append(value & (wideIndexes ? 0x7FFF : 0x7F))  // the top bit marks an essential property
                offset += wideIndexes ? 2 : 1
            }
            result[item] = indexes
        }
        return result
    }

    /// The first item `item` is derived from (`dimg`), from an `iref` payload.
    private static func firstTile(of item: Int, _ bytes: [UInt8], _ payload: Range<Int>) -> Int? {
        guard payload.count >= 4 else { return nil }
        let idSize = bytes[payload.lowerBound] == 0 ? 2 : 4
        for reference in boxes(in: bytes, payload.lowerBound + 4..<payload.upperBound) where reference.type == "dimg" {
            let at = reference.payload.lowerBound
            guard bytes.bigEndian(at: at, count: idSize) == item else { continue }
            return bytes.bigEndian(at: at + idSize + 2, count: idSize)
        }
        return nil
    }

    /// The clean aperture's width and height from a `clap` payload (numerator and denominator pairs),
    /// each rounded to the nearest integer as libheif does.
    private static func cleanAperture(_ bytes: [UInt8], _ at: Int) -> (Int, Int)? {
        guard let widthN = bytes.bigEndian(at: at, count: 4), let widthD = bytes.bigEndian(at: at + 4, count: 4),
            let heightN = bytes.bigEndian(at: at + 8, count: 4), let heightD = bytes.bigEndian(at: at + 12, count: 4),
            widthD > 0, heightD > 0
        else { return nil }
        let width = (widthN + widthD / 2) / widthD
        let height = (heightN + heightD / 2) / heightD
        return width > 0 && height > 0 ? (width, height) : nil
    }
}
