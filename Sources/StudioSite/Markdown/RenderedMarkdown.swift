/// A heading of a page, with the id its anchor uses.
struct Heading: Sendable, Hashable {
    let level: Int
    let text: String
    let id: String
}

/// A question and its answer on a page with `faq: true`.
struct FAQEntry: Sendable, Hashable {
    let question: String
    let id: String
    /// The answer as HTML.
    let answerHTML: String
}

/// A link or image found in a page, where it was written, and what it resolved to.
struct PageLink: Sendable, Equatable {
    let destination: String
    let location: SourceLocation
    let resolved: ResolvedLink
}

/// What rendering a page's Markdown gives: the HTML body and the facts other stages need.
struct RenderedMarkdown: Sendable, Equatable {
    var html = ""
    var headings: [Heading] = []
    var links: [PageLink] = []
    var faq: [FAQEntry] = []
    /// The start of the page's text, for search results.
    var excerpt = ""
    /// The names of the data sets the page places, in order: the page is rendered again when one changes.
    var placedDataSets: [String] = []
    var diagnostics = DiagnosticList()

    /// The folder paths whose being a section decided how one of the page's links reads (``ResolvedLink/sectionLookup``).
    var sectionLookups: [String] { links.compactMap(\.resolved.sectionLookup) }
}
