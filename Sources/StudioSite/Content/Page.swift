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

    init(path: PagePath, frontMatter: FrontMatter, rendered: RenderedMarkdown) {
        self.path = path
        self.frontMatter = frontMatter
        self.rendered = rendered
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

    /// A page standing in for a folder that has pages but no `_index.md`.
    static func generatedSection(folder: String) -> Page {
        Page(
            path: PagePath(source: folder.isEmpty ? "_index.md" : folder + "/_index.md"),
            frontMatter: FrontMatter(),
            rendered: RenderedMarkdown()
        )
    }
}
