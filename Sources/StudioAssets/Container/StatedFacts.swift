/// Image facts a container scan read from the file's own headers where libvips reports none, or
/// reports them differently; each one found replaces what libvips says.
struct StatedFacts: Equatable {
    /// Displayed width after the format's own transforms (HEIF `clap` and `irot`).
    var displayedWidth: Int?
    /// Displayed height after the format's own transforms.
    var displayedHeight: Int?
    /// Bits per sample from the header (1, 2, 4, 8, 16; 8 for palette images).
    var bitDepth: Int?
    /// Frames of an animation libvips counts as one image (APNG).
    var frames: Int?
    /// Whether the samples include alpha, from the format's own sample layout.
    var hasAlpha: Bool?
    /// The colour model the coded pixels have when libvips decodes them to another (a 4:0:0 AVIF, a TIFF
    /// palette of gray colours).
    var colorSpace: ColorSpace?
    /// An ICC profile libvips does not read (a GIF's `ICCRGBG1` extension).
    var iccProfile: [UInt8]?
    /// The EXIF facts of the file's own TIFF structure (a TIFF's EXIF and GPS IFDs).
    var exif: EXIFSummary?
}
