/// What a link or image in a page points at, and the URL written for it.
struct ResolvedLink: Sendable, Equatable {
    /// What the link needs to exist for the build to pass.
    enum Target: Sendable, Hashable {
        /// Another site or a scheme such as `mailto:`; not checked.
        case external
        /// A page, by its URL path, and an optional heading id on it.
        case page(urlPath: String, fragment: String?)
        /// A file copied from `content/`, by its path there.
        case file(path: String)
        /// A URL that is never written (`javascript:` and the like).
        case blocked
        /// A relative path that climbs out of `content/`.
        case outside
        /// A path or fragment that holds a control character once decoded (`%00`, `%0A`).
        case controlCharacter
    }

    let target: Target
    /// The URL written into the page; nil when the link is dropped.
    let href: String?
    /// The folder path the resolution looked up among the sections (`guides` in `[Guides](guides)`): the
    /// link reads differently once that folder gains or loses its last page.
    var sectionLookup: String? = nil
}
