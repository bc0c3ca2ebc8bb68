public import Foundation

/// A file a download put in place, or found already there with the same bytes.
public struct DownloadedFile: Sendable, Equatable {
    /// The file in the download folder.
    public let url: URL
    /// Whether the file was already there with exactly these bytes (an earlier download of the same task),
    /// so nothing was written.
    public let wasPresent: Bool

    /// Creates a result for `url`.
    public init(url: URL, wasPresent: Bool) {
        self.url = url
        self.wasPresent = wasPresent
    }
}
