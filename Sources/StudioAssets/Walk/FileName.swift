/// A directory entry's name as the raw bytes the file system stores.
struct FileName: Equatable {
    var bytes: [UInt8]

    /// The name as text, or nil when it is not valid UTF-8.
    var text: String? { String(validating: bytes, as: UTF8.self) }

    /// The name for reports: the text, or for invalid UTF-8 every non-ASCII byte written as `\xNN`.
    var display: String {
        if let text { return text }
        return bytes.map { byte in
            byte < 0x80 ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16, uppercase: true)
        }.joined()
    }

    /// Whether the name starts with a dot: `.`, `..`, hidden files and folders, `._*` AppleDouble files.
    var isHidden: Bool { bytes.first == UInt8(ascii: ".") }
}
