/// One file of a built site.
enum OutputFile: Sendable, Hashable {
    /// A page, or one listing page (2 and up) of a section with many pages.
    case view(page: Int, listing: Int)
    case builder(BuilderFile)
    /// The redirect page of alias N of ``SiteModel/aliases``.
    case alias(Int)
    /// A theme asset, published under its fingerprinted name.
    case asset(source: String, target: String)
    /// A file from `content/` copied as it is.
    case contentFile(String)
}

/// The files the builder makes itself, beside the pages.
enum BuilderFile: CaseIterable, Sendable {
    case searchIndex, searchPage, notFound, sitemap, robots

    /// The file's path in the output.
    var path: String {
        switch self {
        case .searchIndex: "search-index.js"
        case .searchPage: "search/index.html"
        case .notFound: "404.html"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        }
    }

    /// How messages name it.
    var name: String {
        switch self {
        case .searchIndex: "the search index"
        case .searchPage: "the search page"
        case .notFound: "the not-found page"
        case .sitemap: "the sitemap"
        case .robots: "the robots file"
        }
    }
}

/// What a file of the site holds: text the builder made, or the bytes of a source file copied as they are.
enum OutputContents: Sendable {
    case text(String)
    case bytes([UInt8])
    case copy(of: String)
}
