import Foundation

/// A page after its Markdown is rendered: where it lives, what its front matter says, its HTML and facts.
///
/// A class, so the many places that read a page (navigation, links, templates) share one copy.
final class Page: Sendable {
    let path: PagePath
    let frontMatter: FrontMatter
    let rendered: RenderedMarkdown
    /// The title from front matter, or one made from the file or folder name.
    let title: String
    /// Whether the page stands in for a folder without `_index.md` (``generatedSection(folder:)``).
    let isGenerated: Bool

    init(path: PagePath, frontMatter: FrontMatter, rendered: RenderedMarkdown, isGenerated: Bool = false) {
        self.path = path
        self.frontMatter = frontMatter
        self.rendered = rendered
        self.isGenerated = isGenerated
        if let title = frontMatter.title, !title.isEmpty {
            self.title = title
        } else {
            let name =
                path.isSectionIndex
                ? (path.sourceFolder.split(separator: "/").last.map(String.init) ?? "Home")
                : String(path.source.split(separator: "/").last!.dropLast(3))
            self.title = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").capitalized
        }
    }

    /// Whether `other` is this page or one with the same path, front matter and rendered Markdown, so that
    /// everything made from it is the same too.
    func isSame(as other: Page) -> Bool {
        self === other
            || (path == other.path && isGenerated == other.isGenerated && title == other.title
                && frontMatter == other.frontMatter && rendered == other.rendered)
    }

    /// How messages name the page: its file, or for a generated section page its folder.
    var displayName: String {
        isGenerated ? "the section page of content/\(path.sourceFolder.isEmpty ? "" : path.sourceFolder + "/")" : path.displayPath
    }

    /// Where problems with the page are reported: its file, or for a generated section page its folder.
    var location: SourceLocation {
        SourceLocation(file: isGenerated ? "content/" + (path.sourceFolder.isEmpty ? "" : path.sourceFolder + "/") : path.displayPath)
    }

    /// A page standing in for a folder that has pages but no `_index.md`.
    static func generatedSection(folder: String) -> Page {
        Page(
            path: PagePath(source: folder.isEmpty ? "_index.md" : folder + "/_index.md"),
            frontMatter: FrontMatter(),
            rendered: RenderedMarkdown(),
            isGenerated: true
        )
    }
}
