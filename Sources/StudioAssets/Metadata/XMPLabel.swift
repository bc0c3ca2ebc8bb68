/// Finds the IPTC `DigitalSourceType` in an XMP packet without a full XML parse.
///
/// XMP writes the property either as an element (`<Iptc4xmpExt:DigitalSourceType>URI</...>`),
/// an attribute (`Iptc4xmpExt:DigitalSourceType="URI"`) or a resource (`... rdf:resource="URI"/>`).
enum XMPLabel {
    private static let property = "DigitalSourceType"

    /// The last path component of the property's URI (`trainedAlgorithmicMedia`), or nil.
    static func digitalSourceType(in xmp: [UInt8]) -> String? {
        var start = 0
        while let found = xmp.firstOffset(of: property, from: start) {
            start = found + property.utf8.count
            guard start < xmp.count, [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: " ")].contains(xmp[start])
            else { continue }
            guard let value = value(in: xmp, after: start), !value.isEmpty else { continue }
            return value.split(separator: "/").last.map(String.init)
        }
        return nil
    }

    /// The text between the next opening quote or `>` and its terminator.
    private static func value(in xmp: [UInt8], after start: Int) -> String? {
        let openers: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">")]
        guard let open = xmp[start...].prefix(200).firstIndex(where: { openers.contains($0) }) else { return nil }
        let closer = xmp[open] == UInt8(ascii: ">") ? UInt8(ascii: "<") : xmp[open]
        guard let close = xmp[(open + 1)...].firstIndex(of: closer) else { return nil }
        return String(decoding: xmp[(open + 1)..<close], as: UTF8.self).trimmingWhitespace()
    }
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
