/// Everything `inspect` learns about one file: the unit of its JSON contract.
///
/// Get one per file from ``AssetInspector/inspect(_:)``. Image-only facts live in ``image``
/// and video-only facts in ``video``; at most one of them is set, and neither when the file could
/// not be read, in which case ``error`` says why.
public struct AssetInfo: Sendable, Equatable {
    /// The path as given on the command line, or relative to the folder given.
    public var path: String
    /// Whether the path is valid UTF-8; when false, ``path`` shows each invalid byte as `\xNN`.
    ///
    /// A file whose name (or a folder's on the way to it) is not UTF-8 is still read; this flag is the
    /// only trace of it, and is not part of the JSON or text report. See ``WalkEntry/pathIsUTF8``.
    public var pathIsUTF8 = true
    /// Image, video or unknown, from the content.
    public var kind: AssetKind
    /// The format from the content, or nil when it is not recognised.
    public var format: AssetFormat?
    /// Whether the file name's extension is one the format uses.
    public var extensionMatches: Bool
    /// The file size, or nil when the file could not be opened.
    public var bytes: Int?
    /// Width as displayed (after EXIF orientation or video rotation).
    public var width: Int?
    /// Height as displayed.
    public var height: Int?
    /// EXIF DateTimeOriginal of an image or the creation time of a video, as `YYYY-MM-DDTHH:MM:SS`.
    public var created: String?
    /// What the file says about generative AI, or nil when it could not be read.
    public var aiLabel: AILabel?
    /// Image-only facts.
    public var image: ImageFacts?
    /// Video-only facts.
    public var video: VideoFacts?
    /// Pixel statistics (only when asked for).
    public var pixels: PixelStats?
    /// A small picture of the file (only when asked for, see ``InspectOptions/thumbnails``); not part of
    /// the JSON or text report.
    public var thumbnail: Thumbnail?
    /// Why the file could not be read, or nil.
    public var error: AssetError?

    /// Creates the record of a file with only its identity known.
    public init(path: String, kind: AssetKind = .unknown, format: AssetFormat? = nil, extensionMatches: Bool = false) {
        self.path = path
        self.kind = kind
        self.format = format
        self.extensionMatches = extensionMatches
    }
}
