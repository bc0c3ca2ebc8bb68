/// One file found by ``AssetWalker``: where to open it, how to name it in reports, or why it is skipped.
public struct WalkEntry: Sendable, Equatable {
    /// The path to open as the exact bytes the file system stores (the folder given joined with the names walked).
    public var pathBytes: [UInt8]
    /// The path in reports: as given for a file argument, relative to the folder given for a file found inside one.
    ///
    /// Each byte of a name that is not valid UTF-8 is shown as `\xNN` (see ``pathIsUTF8``).
    public var displayPath: String
    /// Why the entry cannot be read (a broken link, a loop, a missing file), or nil.
    public var error: AssetError?

    /// The path to open as text, or nil when it is not valid UTF-8 (open ``pathBytes`` then).
    public var openPath: String? { String(validating: pathBytes, as: UTF8.self) }

    /// Whether the path is valid UTF-8, so that ``displayPath`` shows it exactly.
    ///
    /// False for a file whose name, or the name of a folder walked to reach it, is not UTF-8 (a Latin-1
    /// `café.jpg` from an old ZIP archive is `caf\xE9.jpg`). Such a file is still read like any other.
    public var pathIsUTF8: Bool { openPath != nil }

    /// Creates an entry for a path given as text.
    public init(openPath: String, displayPath: String, error: AssetError? = nil) {
        self.init(pathBytes: Array(openPath.utf8), displayPath: displayPath, error: error)
    }

    /// Creates an entry for a path given as bytes, which need not be UTF-8.
    init(pathBytes: [UInt8], displayPath: String, error: AssetError? = nil) {
        self.pathBytes = pathBytes
        self.displayPath = displayPath
        self.error = error
    }
}
