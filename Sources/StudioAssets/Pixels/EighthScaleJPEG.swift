/// A progressive JPEG cut down to the scans that libjpeg reads when it decodes at 1/8 scale.
///
/// At 1/8 scale libjpeg turns each 8 x 8 block of a component at full resolution into one pixel with
/// its 1 x 1 inverse DCT (`jpeg_idct_1x1`), which reads only the block's DC coefficient. Yet it
/// Huffman-decodes every scan of a progressive file before the first row comes out, and the AC scans
/// of those components are most of the file. The copy leaves them out. It keeps the DC scans, every
/// scan of a subsampled component (decoded with a larger IDCT, which reads AC coefficients) and every
/// other segment.
///
/// One more change keeps the pixels exactly those of the whole file. Without AC data libjpeg would
/// "smooth" the blocks: estimate the missing coefficients from neighbouring DC values, and in
/// libjpeg-turbo 2.1 move the DC as well. It never smooths when a quantisation table has a zero among
/// its first AC entries (`smoothing_ok` in libjpeg's `jdcoefct.c`), so the copy zeroes the AC entries
/// of the tables of the components whose AC scans it drops (their AC coefficients are all zero now).
/// The whole file is not smoothed either, as long as it refines the first AC coefficients of every
/// component to full precision: ``init(_:)`` checks that.
///
/// ```swift
/// if let reduced = EighthScaleJPEG(bytes) { decode(reduced.bytes, shrink: 8) }
/// ```
struct EighthScaleJPEG {
    /// The cut-down file: a valid progressive JPEG.
    let bytes: [UInt8]

    /// The AC coefficients (zig-zag order) that libjpeg's block smoothing estimates when they are imprecise.
    private static let smoothedCoefficients = 1...9

    /// Cuts down the JPEG file `jpeg`.
    ///
    /// Returns nil when there is nothing to cut or the result might decode differently: a baseline or
    /// arithmetic-coded file, a quantisation table shared by components with and without AC scans,
    /// a file that libjpeg would smooth as it is, a malformed segment, no end-of-image marker.
    init?(_ jpeg: [UInt8]) {
        guard let segments = Self.segments(of: jpeg),
            let frame = segments.first(where: \.isFrame), frame.marker == 0xC2,
            let components = Self.components(in: jpeg, frame: frame),
            Set(components.map(\.id)).count == components.count,
            let maxH = components.map(\.h).max(), let maxV = components.map(\.v).max()
        else { return nil }
        let fullResolution = components.filter { $0.h == maxH && $0.v == maxV }
        let dcOnlyTables = Set(fullResolution.map(\.table))
        let otherTables = Set(components.filter { $0.h != maxH || $0.v != maxV }.map(\.table))
        guard dcOnlyTables.isDisjoint(with: otherTables) else { return nil }
        let dcOnly = Set(fullResolution.map(\.id))

        // The successive-approximation bit each component's smoothed coefficients end at (-1: never sent).
        var precision = Dictionary(uniqueKeysWithValues: components.map { ($0.id, [Int](repeating: -1, count: 10)) })
        var dropped: Set<Int> = []
        for (index, segment) in segments.enumerated() where segment.marker == 0xDA {
            guard let scan = Scan(jpeg, segment), scan.components.allSatisfy({ precision[$0] != nil }) else { return nil }
            for id in scan.components {
                for coefficient in Self.smoothedCoefficients where scan.selection.contains(coefficient) {
                    precision[id]![coefficient] = scan.successiveLow
                }
            }
            if scan.selection.lowerBound > 0, scan.components.allSatisfy(dcOnly.contains) { dropped.insert(index) }
        }
        guard !dropped.isEmpty, precision.values.allSatisfy({ $0[Self.smoothedCoefficients].allSatisfy { $0 == 0 } })
        else { return nil }

        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes.reserveCapacity(jpeg.count)
        for (index, segment) in segments.enumerated() where !dropped.contains(index) {
            let start = bytes.count
            bytes += jpeg[segment.range]
            if segment.marker == 0xDB {
                guard Self.zeroACEntries(ofTables: dcOnlyTables, in: &bytes, dqt: start..<bytes.count) else { return nil }
            }
        }
        self.bytes = bytes
    }

    /// A marker segment: the marker, its length field and payload, and for a scan (SOS) its entropy-coded data.
    private struct Segment {
        let marker: UInt8
        let range: Range<Int>

        /// Start-of-frame markers (C0-CF without DHT C4, JPG C8 and DAC CC).
        var isFrame: Bool { (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) }
        /// Where the payload starts, after the marker and the length field.
        var payload: Int { range.lowerBound + 4 }
    }

    /// A frame component: its id, sampling factors and quantisation table.
    private struct Component {
        let id: UInt8, h: UInt8, v: UInt8, table: UInt8
    }

    /// A scan header: its components, the coefficients it codes (zig-zag order) and the bit it refines them down to.
    private struct Scan {
        let components: [UInt8]
        let selection: ClosedRange<Int>
        let successiveLow: Int

        init?(_ jpeg: [UInt8], _ segment: Segment) {
            guard let length = jpeg.bigEndian(at: segment.range.lowerBound + 2, count: 2), length >= 6 else { return nil }
            let count = Int(jpeg[segment.payload])
            let selection = segment.payload + 1 + 2 * count
            guard length == 6 + 2 * count, jpeg[selection] <= jpeg[selection + 1] else { return nil }
            components = (0..<count).map { jpeg[segment.payload + 1 + 2 * $0] }
            self.selection = Int(jpeg[selection])...Int(jpeg[selection + 1])
            successiveLow = Int(jpeg[selection + 2] & 0x0F)
        }
    }

    /// The segments from after SOI up to and including EOI, or nil when they are malformed or EOI is missing.
    private static func segments(of jpeg: [UInt8]) -> [Segment]? {
        guard jpeg.count >= 4, jpeg[0] == 0xFF, jpeg[1] == 0xD8 else { return nil }
        var segments: [Segment] = []
        var offset = 2
        while offset + 1 < jpeg.count {
            guard jpeg[offset] == 0xFF else { return nil }
            let marker = jpeg[offset + 1]
            switch marker {
            case 0xFF:  // a fill byte before the marker
                offset += 1
            case 0xD9:
                segments.append(Segment(marker: marker, range: offset..<offset + 2))
                return segments
            case 0x01, 0xD0...0xD7:  // markers without a length
                segments.append(Segment(marker: marker, range: offset..<offset + 2))
                offset += 2
            default:
                guard let length = jpeg.bigEndian(at: offset + 2, count: 2), length >= 2, offset + 2 + length <= jpeg.count
                else { return nil }
                let end = marker == 0xDA ? entropyCodedEnd(of: jpeg, from: offset + 2 + length) : offset + 2 + length
                segments.append(Segment(marker: marker, range: offset..<end))
                offset = end
            }
        }
        return nil
    }

    /// Where entropy-coded data starting at `start` ends: at the first marker other than a stuffed zero
    /// byte (FF 00) or a restart marker (FF D0-D7).
    private static func entropyCodedEnd(of jpeg: [UInt8], from start: Int) -> Int {
        jpeg.withUnsafeBufferPointer { bytes in
            var index = start
            while index + 1 < bytes.count {
                guard bytes[index] == 0xFF else {
                    index += 1
                    continue
                }
                let next = bytes[index + 1]
                guard next == 0x00 || (0xD0...0xD7).contains(next) else { return index }
                index += 2
            }
            return bytes.count
        }
    }

    /// The components of a frame header, or nil when it is malformed.
    private static func components(in jpeg: [UInt8], frame: Segment) -> [Component]? {
        guard let count = jpeg.bigEndian(at: frame.payload + 5, count: 1), frame.payload + 6 + 3 * count <= frame.range.upperBound
        else { return nil }
        return (0..<count).map { index in
            let offset = frame.payload + 6 + 3 * index
            return Component(id: jpeg[offset], h: jpeg[offset + 1] >> 4, v: jpeg[offset + 1] & 0x0F, table: jpeg[offset + 2])
        }
    }

    /// Sets the 63 AC entries of the quantisation tables numbered `tables` in the DQT segment at `dqt`
    /// of `bytes` to zero; false when the segment is malformed.
    private static func zeroACEntries(ofTables tables: Set<UInt8>, in bytes: inout [UInt8], dqt: Range<Int>) -> Bool {
        var offset = dqt.lowerBound + 4
        while offset < dqt.upperBound {
            let entrySize = bytes[offset] >> 4 == 0 ? 1 : 2
            let entries = offset + 1..<offset + 1 + 64 * entrySize
            guard entries.upperBound <= dqt.upperBound else { return false }
            if tables.contains(bytes[offset] & 0x0F) {
                for index in entries.dropFirst(entrySize) { bytes[index] = 0 }
            }
            offset = entries.upperBound
        }
        return true
    }
}
