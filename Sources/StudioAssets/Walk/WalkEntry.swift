/// One file found by ``AssetWalker``: where to open it, how to name it in reports, or why it is skipped.
public struct WalkEntry: Sendable, Equatable {
    /// The path to open (the folder given joined with the relative path).
    public var openPath: String
    /// The path in reports: as given for a file argument, relative to the folder given for a file found inside one.
    public var displayPath: String
    /// Why the entry cannot be read (a broken link, a loop, a name that is not UTF-8), or nil.
    public var error: AssetError?

    /// Creates an entry.
    public init(openPath: String, displayPath: String, error: AssetError? = nil) {
        self.openPath = openPath
        self.displayPath = displayPath
        self.error = error
    }
}
