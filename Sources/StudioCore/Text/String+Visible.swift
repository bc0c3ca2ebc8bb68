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
        let category = properties.generalCategory
        return category == .control || category == .format
    }
}
