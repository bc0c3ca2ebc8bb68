/// A value from front matter with the line it was written on, for errors that point at it.
struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    let value: Value
    let line: Int
}

/// The YAML block at the top of a page, between `---` lines.
///
/// Known keys: `title`, `description`, `weight`, `draft`, `aliases`, `related`, `unsafe_html`,
/// `faq`, `label`, `layout`. Other keys are reported as warnings, since they are most often typos.
struct FrontMatter: Sendable, Equatable {
    /// The page title; the file name when the page has none.
    var title: String?
    /// One sentence for the meta description, cards and search results.
    var description: String?
    /// The order within a section: lower first; pages without a weight come after weighted ones.
    var weight: Int?
    /// A draft is built only with `--drafts`.
    var draft = false
    /// Old URL paths that redirect to this page.
    var aliases: [Located<String>] = []
    /// Relative paths of pages shown as "related resources" cards.
    var related: [Located<String>] = []
    /// Lets raw HTML in the Markdown through; otherwise it is shown as text.
    var unsafeHTML = false
    /// Marks headings that end with "?" as FAQ entries (anchors and FAQPage JSON-LD).
    var faq = false
    /// A short label for cards, such as "Guide".
    var label: String?
    /// A layout template other than the default for the page's kind.
    var layout: Located<String>?
}
