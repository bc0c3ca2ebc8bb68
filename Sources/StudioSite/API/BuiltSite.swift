/// The files of a built site held in memory, by their path in the site (`guides/setup/index.html`,
/// `assets/style.3f9a1c0b2d4e.css`), exactly the bytes ``SiteBuilder`` writes for the same sources.
public struct BuiltSite: Sendable {
    let files: [String: [UInt8]]

    init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// A site without a file, as a ``LiveSite`` holds before its first good build.
    public init() {
        files = [:]
    }

    /// The bytes of the file at `path`, or nil when the site has no such file.
    public subscript(path: String) -> [UInt8]? { files[path] }

    /// The path of every file.
    public var paths: some Collection<String> { files.keys }
}
