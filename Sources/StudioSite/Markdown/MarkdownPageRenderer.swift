import Foundation

/// Renders one page's Markdown to HTML with the site's rules applied.
///
/// - Links and images are resolved (``LinkResolver``) and their URLs rewritten; unsafe URLs are dropped
///   with a warning, and an image without alt text is a warning.
/// - Raw HTML is shown as text unless the page allows it; allowed raw HTML must not carry a script URL
///   (``RawHTMLVetting``).
/// - A fenced block with the info string `data NAME` is replaced by the data set's table.
/// - Headings get GitHub-style ids and a permalink anchor; on FAQ pages, headings ending in "?" become FAQ entries.
struct MarkdownPageRenderer {
    /// The file as the user knows it (`content/a.md`), for diagnostics.
    let file: String
    /// The line in the file where the Markdown body starts (after the front matter).
    let bodyStartLine: Int
    let allowRawHTML: Bool
    let isFAQ: Bool
    let resolver: LinkResolver
    let dataTables: DataTables

    /// How much of the page's text is kept for search results.
    static let excerptLength = 280

    func render(_ body: Substring) -> RenderedMarkdown {
        let document = CmarkDocument(markdown: body)
        var result = RenderedMarkdown()
        var headings: [CmarkNode] = []
        var excerptLength = 0
        let imagesWithoutText = document.imagesWithoutText()
        for node in document.nodes() {
            switch node.kind {
            case .link, .image: rewriteLink(node, lacksText: imagesWithoutText.contains(node), body: body, into: &result)
            case .htmlBlock, .htmlInline: vetRawHTML(node, into: &result)
            case .codeBlock: placeDataTable(node, into: &result)
            case .heading: headings.append(node)
            case .text where excerptLength < Self.excerptLength:
                let text = node.literal
                result.excerpt += (result.excerpt.isEmpty ? "" : " ") + text
                excerptLength += text.count + 1
            default: break
            }
        }
        result.excerpt = String(result.excerpt.prefix(Self.excerptLength))
        anchorHeadings(headings, in: document, into: &result)
        result.html = document.html()
        return result
    }

    private func location(of node: CmarkNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line + bodyStartLine - 1, column: node.column)
    }

    /// Where an angle-bracket autolink (`<scheme:…>`) was written.
    ///
    /// cmark-gfm gives such a link the column of its offset in the paragraph (`make_autolink` in `inlines.c`
    /// leaves out the line's start and the block's indentation), so the column is found in the source line
    /// instead.
    private func location(ofAutolink node: CmarkNode, in body: Substring) -> SourceLocation {
        let reported = location(of: node)
        let lines = body.split(separator: "\n", maxSplits: node.line, omittingEmptySubsequences: false)
        guard node.line >= 1, node.line <= lines.count, let text = node.firstChild?.literal,
            let start = lines[node.line - 1].range(of: "<" + text)
        else { return reported }
        let column = lines[node.line - 1].utf8.distance(from: lines[node.line - 1].startIndex, to: start.lowerBound) + 1
        return SourceLocation(file: file, line: reported.line, column: column)
    }

    private func rewriteLink(_ node: CmarkNode, lacksText: Bool, body: Substring, into result: inout RenderedMarkdown) {
        let destination = node.url
        let isImage = node.kind == .image
        let resolved = resolver.resolve(destination, isImage: isImage)
        result.links.append(PageLink(destination: destination, location: location(of: node), resolved: resolved))
        if isImage && lacksText {
            result.diagnostics.warning(location(of: node), "image '\(destination)' has no alt text")
        }
        if let href = resolved.href {
            node.url = href
        } else {
            if resolved.target == .blocked {
                let at = node.isAutolink ? location(ofAutolink: node, in: body) : location(of: node)
                result.diagnostics.warning(at, "removed unsafe \(isImage ? "image" : "link") '\(destination)'")
            }
            node.unwrap()
        }
    }

    private func vetRawHTML(_ node: CmarkNode, into result: inout RenderedMarkdown) {
        let html = node.literal
        guard allowRawHTML else {
            if node.kind == .htmlBlock {
                node.replace(withParagraphText: html.trimmingCharacters(in: .newlines))
            } else {
                node.replace(withText: html)
            }
            return
        }
        let problems = RawHTMLVetting.problems(in: html)
        guard !problems.isEmpty else { return }
        for problem in problems {
            result.diagnostics.error(location(of: problem.offset, in: html, node: node), problem.message)
        }
        node.replace(withText: html)
    }

    /// The place of a byte offset inside a raw HTML node: its line, and its column when it is on the
    /// node's first line (later lines of a block may be indented by the block's container).
    private func location(of offset: Int, in html: String, node: CmarkNode) -> SourceLocation {
        let before = html.utf8.prefix(offset)
        let lines = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        guard lines > 0 else { return SourceLocation(file: file, line: node.line + bodyStartLine - 1, column: node.column + offset) }
        return SourceLocation(file: file, line: node.line + bodyStartLine - 1 + lines)
    }

    private func placeDataTable(_ node: CmarkNode, into result: inout RenderedMarkdown) {
        let info = node.fenceInfo.split(separator: " ", omittingEmptySubsequences: true)
        guard info.first == "data" else { return }
        guard info.count == 2 else {
            result.diagnostics.error(location(of: node), "a data block names one data set: ```data NAME")
            return
        }
        result.placedDataSets.append(String(info[1]))
        switch dataTables.html(for: String(info[1])) {
        case .success(let html): node.replace(withHTMLBlock: html)
        case .failure(.brokenSet): break  // reported once, at the data set's file
        case .failure(let failure): result.diagnostics.error(location(of: node), failure.description)
        }
    }

    private func anchorHeadings(_ nodes: [CmarkNode], in document: CmarkDocument, into result: inout RenderedMarkdown) {
        var slugger = HeadingSlugger()
        for node in nodes {
            let text = node.plainText
            let id = slugger.uniqueSlug(text)
            let level = node.headingLevel
            result.headings.append(Heading(level: level, text: text, id: id))
            if isFAQ && text.hasSuffix("?") {
                result.faq.append(FAQEntry(question: text, id: id, answerHTML: answer(after: node, in: document)))
            }
        }
        for (node, heading) in zip(nodes, result.headings) {
            let rendered = document.html(of: node)
            let inner = rendered.dropFirst("<h1>".count).dropLast("</h1>\n".count)
            node.replace(
                withHTMLBlock: """
                    <h\(heading.level) id="\(heading.id)">\(inner) <a class="anchor" href="#\(heading.id)" \
                    aria-label="Link to this section">#</a></h\(heading.level)>
                    """
            )
        }
    }

    /// The HTML of the blocks after a question heading, up to the next heading of the same or a higher level.
    private func answer(after heading: CmarkNode, in document: CmarkDocument) -> String {
        var html = ""
        var sibling = heading.next
        while let node = sibling, !(node.kind == .heading && node.headingLevel <= heading.headingLevel) {
            html += document.html(of: node)
            sibling = node.next
        }
        return html.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
