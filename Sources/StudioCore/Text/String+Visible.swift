extension String {
    /// The text with every control character and invisible formatting character (bidirectional overrides,
    /// zero-width spaces) written as `\u{…}`, so printing it cannot move the cursor, recolour a terminal or
    /// reorder what follows.
    public var visible: String {
        let isPlainASCII = utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        guard !isPlainASCII, unicodeScalars.contains(where: \.isInvisibleControl) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if scalar.isInvisibleControl {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls, DEL, and format characters (category Cf).
    fileprivate var isInvisibleControl: Bool {
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        // Format characters start at U+00AD; below it everything else is visible.
        guard value >= 0xAD else { return false }
        return properties.generalCategory == .format
    }
}
