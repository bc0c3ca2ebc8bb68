/// The files of a built site held in memory, by their path in the site (`guides/setup/index.html`,
/// `assets/style.3f9a1c0b2d4e.css`), exactly the bytes ``SiteBuilder`` writes for the same sources.
public struct BuiltSite: Sendable {
    /// Each file's index in ``contents``, by path.
    let index: [String: Int]
    let contents: [[UInt8]]

    init(index: [String: Int], contents: [[UInt8]]) {
        self.index = index
        self.contents = contents
    }

    /// A site without a file, as a ``LiveSite`` holds before its first good build.
    public init() {
        (index, contents) = ([:], [])
    }

    /// The bytes of the file at `path`, or nil when the site has no such file.
    public subscript(path: String) -> [UInt8]? { index[path].map { contents[$0] } }

    /// The path of every file.
    public var paths: some Collection<String> { index.keys }
}
