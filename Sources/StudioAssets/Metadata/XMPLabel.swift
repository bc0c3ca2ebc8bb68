/// Finds the IPTC `DigitalSourceType` in an XMP packet without a full XML parse.
///
/// XMP writes the property either as an element (`<Iptc4xmpExt:DigitalSourceType>URI</...>`),
/// an attribute (`Iptc4xmpExt:DigitalSourceType="URI"`) or a resource (`... rdf:resource="URI"/>`).
enum XMPLabel {
    private static let property = "DigitalSourceType"

    /// The last path component of the property's URI (`trainedAlgorithmicMedia`), or nil.
    static func digitalSourceType(in xmp: [UInt8]) -> String? {
        valueRange(in: xmp).flatMap { text(xmp[$0]).split(separator: "/").last.map(String.init) }
    }

    /// Where the property's value (its URI, spaces around it included) lies in the packet, or nil.
    static func valueRange(in xmp: [UInt8]) -> Range<Int>? {
        var start = 0
        while let found = xmp.firstOffset(of: property, from: start) {
            start = found + property.utf8.count
            guard start < xmp.count, [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: " ")].contains(xmp[start])
            else { continue }
            guard let range = valueRange(in: xmp, after: start), !text(xmp[range]).isEmpty else { continue }
            return range
        }
        return nil
    }

    /// The range between the next opening quote or `>` and its terminator.
    private static func valueRange(in xmp: [UInt8], after start: Int) -> Range<Int>? {
        let openers: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">")]
        guard let open = xmp[start...].prefix(200).firstIndex(where: { openers.contains($0) }) else { return nil }
        let closer = xmp[open] == UInt8(ascii: ">") ? UInt8(ascii: "<") : xmp[open]
        guard let close = xmp[(open + 1)...].firstIndex(of: closer) else { return nil }
        return (open + 1)..<close
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self).trimmingWhitespace() }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
