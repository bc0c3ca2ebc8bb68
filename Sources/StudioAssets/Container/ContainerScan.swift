/// What the container structure of a file says, read by hand without decoding anything:
/// the format, whether the file is complete, and the AI-labelling metadata libvips does not expose.
struct ContainerScan: Equatable {
    /// The format from the magic bytes, or nil when none matches.
    var format: AssetFormat?
    /// The name of a format recognised but not read (`camera raw (CR3)`), or nil.
    var unsupported: String?
    /// What is missing when the file ends early (no end marker, a box past the end), or nil.
    var truncation: String?
    /// Whether a C2PA manifest store is embedded.
    var c2pa = false
    /// The value of XMP `DigitalSourceType`, last URI component only.
    var digitalSourceType: String?
    /// The image header read without libvips, when the format has a fast path that handled this file.
    var imageHeader: ImageHeader?
    /// Whether the scanner read the format's resolution fields (JPEG JFIF and EXIF, PNG `pHYs`);
    /// ``statedDPI`` is then what the file states, nil meaning it states none.
    var readsResolution = false
    /// Dots per inch as the file states them, when ``readsResolution``.
    var statedDPI: Int?
    /// Whether the file is a progressive JPEG (SOF2), which `--pixels` can decode from fewer scans.
    var progressiveJPEG = false
    /// Image facts read from the headers that replace libvips' (see ``StatedFacts``).
    var stated = StatedFacts()

    /// Reads the structure of `file`: the magic bytes, then the format's own scanner.
    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        let format = FormatSniffer.format(of: file.head)
        var result: ContainerScan
        switch format {
        case .jpeg: result = try JPEGScanner.scan(file)
        case .png: result = try PNGScanner.scan(file)
        case .webp: result = try RIFFScanner.scan(file)
        case .gif: result = try GIFScanner.scan(file)
        case .heif, .avif, .mp4, .mov: result = try BMFFScanner.scan(file, needsMovie: format?.kind == .video)
        case .tiff: result = TIFFScanner.scan(file)
        case .webm, .mkv, .avi: result = ContainerScan()
        case nil:
            result = ContainerScan()
            result.unsupported = FormatSniffer.unsupportedFormat(of: file.head)
        }
        if result.unsupported == nil { result.format = format }
        return result
    }
}

extension [UInt8] {
    /// The big-endian unsigned integer of `count` bytes at `offset`, or nil past the end.
    func bigEndian(at offset: Int, count: Int) -> Int? {
        guard offset >= 0, offset + count <= self.count else { return nil }
        return self[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    /// The little-endian unsigned integer of `count` bytes at `offset`, or nil past the end.
    func littleEndian(at offset: Int, count: Int) -> Int? {
        guard offset >= 0, offset + count <= self.count else { return nil }
        return self[offset..<offset + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// Whether the bytes at `offset` are the ASCII text `text`.
    func hasASCII(_ text: String, at offset: Int) -> Bool {
        let ascii = Array(text.utf8)
        guard offset >= 0, offset + ascii.count <= count else { return false }
        return self[offset..<offset + ascii.count].elementsEqual(ascii)
    }

    /// Whether `text` occurs anywhere in the bytes.
    func containsASCII(_ text: String) -> Bool { firstOffset(of: text) != nil }

    /// The offset of the first occurrence of `text` at or after `start`.
    func firstOffset(of text: String, from start: Int = 0) -> Int? {
        let needle = Array(text.utf8)
        guard let first = needle.first, count >= needle.count else { return nil }
        var index = start
        while index <= count - needle.count {
            if self[index] == first, self[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
