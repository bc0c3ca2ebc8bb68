public import Foundation

/// What to build and where: the folders, the public URL and the data sets the program provides.
public struct BuildOptions: Sendable {
    /// The folder that holds `content/` and `templates/`.
    public var source: URL
    /// Where the site goes; `public/` inside the source folder by default.
    public var output: URL
    /// The public URL the site is served from; used for canonical, Open Graph and sitemap URLs.
    public var baseURL: String
    /// Whether pages with `draft: true` are built.
    public var includeDrafts: Bool
    /// Whether an existing output folder the builder did not create may be replaced.
    public var force: Bool
    /// Data sets the program provides (the price schedule); a file in `content/data/` with the same name is an error.
    public var dataSets: [DataSet]

    public init(
        source: URL,
        output: URL? = nil,
        baseURL: String = "/",
        includeDrafts: Bool = false,
        force: Bool = false,
        dataSets: [DataSet] = []
    ) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("public")).standardizedFileURL
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.includeDrafts = includeDrafts
        self.force = force
        self.dataSets = dataSets
    }

    /// Checks that the source folder holds `content/` and `templates/`.
    /// - Throws: ``BuildError/missingFolder(_:)`` naming the first one missing.
    public func requireSourceFolders() throws(BuildError) {
        for name in ["content", "templates"] {
            var isFolder: ObjCBool = false
            let folder = source.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw .missingFolder(folder.path)
            }
        }
    }
}
