/// Decodes character references in an HTML attribute value the way a browser's tokenizer does
/// (HTML standard, "character reference state"), so the raw-HTML check judges what the browser sees.
///
/// Every named reference of the standard's table is known, with the legacy ones written without `;`
/// (`&amp`, `&not`); as in attribute values, such a legacy reference followed by `=` or a letter or
/// digit stays as written. Numeric references follow the standard's replacements (`&#0;` and
/// values past U+10FFFF become U+FFFD, `&#x80;` to `&#x9F;` are read as Windows-1252).
enum CharacterReferences {
    /// The decoded text of `value`.
    static func decodeAttributeValue(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        let bytes = Array(value.utf8)
        var scalars = String.UnicodeScalarView()
        var index = 0
        var copied = 0  // bytes[copied..<index] are still to be copied as they are
        func flush(to end: Int) {
            scalars += String(decoding: bytes[copied..<end], as: UTF8.self).unicodeScalars
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&"),
                let (decoded, length) = bytes[(index + 1)...].first == UInt8(ascii: "#")
                    ? numeric(bytes, at: index + 2) : named(bytes, at: index + 1)
            else {
                index += 1
                continue
            }
            flush(to: index)
            scalars += decoded.unicodeScalars
            index += 1 + length
            copied = index
        }
        flush(to: bytes.count)
        return String(scalars)
    }

    /// `&#…` from the byte after `#`: the character and how many bytes after `&` the reference takes.
    private static func numeric(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        var index = start
        let isHex = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if isHex { index += 1 }
        var value: UInt32 = 0
        let digitsStart = index
        while index < bytes.count, let digit = digitValue(bytes[index], hex: isHex) {
            value = min(value &* (isHex ? 16 : 10) &+ digit, 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < bytes.count && bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (String(Character(replacement(for: value))), index - start + 1)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The standard's "numeric character reference end state".
    private static func replacement(for value: UInt32) -> Unicode.Scalar {
        if let windows1252 = windows1252[value] { return windows1252 }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// `&name` from the byte after `&`: the longest name of the table that matches there.
    private static func named(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        var end = start
        while end < bytes.count, end - start < longestName, isAlphanumeric(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: ";") { end += 1 }
        var length = end - start
        while length > 0 {
            let name = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
            if let value = table[name] {
                let next = start + length
                let isLegacyBeforeText =
                    !name.hasSuffix(";") && next < bytes.count
                    && (bytes[next] == UInt8(ascii: "=") || isAlphanumeric(bytes[next]))
                return isLegacyBeforeText ? nil : (value, length)
            }
            length -= 1
        }
        return nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// The longest name in the table, `CounterClockwiseContourIntegral;`.
    private static let longestName = 32

    /// ``namedTable`` read once: name → text.
    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for line in namedTable.split(separator: "\n") {
            let fields = line.split(separator: " ")
            let scalars = fields.dropFirst().compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(fields[0])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()
}
