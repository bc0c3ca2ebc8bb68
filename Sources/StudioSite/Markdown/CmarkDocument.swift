import CCmarkGFM
import Foundation

/// A parsed cmark-gfm document that can be walked, edited and rendered to HTML.
///
/// The only type that talks to cmark-gfm (with ``CmarkNode``). It owns the C tree and frees it
/// when released; nodes are only valid while their document is alive and never leave this folder.
/// Parsing uses the GFM extensions table, autolink, strikethrough and tasklist.
///
/// Documents are parsed on all cores, but cmark-gfm's inline phase is not reentrant: its table of
/// special characters (`SPECIAL_CHARS`, `SKIP_CHARS` in `inlines.c`) is one per process, and every
/// parser adds its extensions' characters (`~`, `:`, `w`) when its inline phase starts and removes
/// them when it ends (`process_inlines` in `blocks.c`, inside `cmark_parser_finish`). A parser
/// finishing on one core would take autolinks and strikethrough away from a page still being parsed
/// on another, so ``inlinePhase`` lets one parser at a time finish; the block phase
/// (`cmark_parser_feed`) and rendering touch no shared state and stay parallel.
final class CmarkDocument {
    private let parser: OpaquePointer
    let root: CmarkNode

    /// The GFM extensions every page gets, registered once per process.
    private static let extensionNames = ["table", "autolink", "strikethrough", "tasklist"]
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()
    /// Held while a parser runs `cmark_parser_finish`, the only call that edits the character table.
    private static let inlinePhase = NSLock()

    init(markdown: Substring) {
        _ = Self.registered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = String(markdown)
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        self.parser = parser
        root = CmarkNode(pointer: Self.inlinePhase.withLock { cmark_parser_finish(parser) })
    }

    deinit {
        cmark_node_free(root.pointer)
        cmark_parser_free(parser)
    }

    /// Every node in document order (each once, on entering), collected first so the caller may edit the tree.
    func nodes() -> [CmarkNode] {
        var result: [CmarkNode] = []
        let iterator = cmark_iter_new(root.pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(CmarkNode(pointer: node))
            }
        }
        return result
    }

    /// The images whose alt text (the text inside them) is empty or only spaces, found in one walk of
    /// the tree, so that images nested in images cost no more than a flat list.
    func imagesWithoutText() -> Set<CmarkNode> {
        var result: Set<CmarkNode> = []
        var open: [(image: CmarkNode, hasText: Bool)] = []
        let iterator = cmark_iter_new(root.pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = CmarkNode(pointer: pointer)
            switch (node.kind, event) {
            case (.image, CMARK_EVENT_ENTER): open.append((node, false))
            case (.image, CMARK_EVENT_EXIT):
                let closed = open.removeLast()
                if closed.hasText, !open.isEmpty { open[open.count - 1].hasText = true }
                if !closed.hasText { result.insert(closed.image) }
            case (.text, CMARK_EVENT_ENTER), (.code, CMARK_EVENT_ENTER):
                if !open.isEmpty, node.literal.unicodeScalars.contains(where: { $0 != " " && $0 != "\t" }) {
                    open[open.count - 1].hasText = true
                }
            default: continue
            }
        }
        return result
    }

    /// Renders a node and everything inside it.
    ///
    /// Raw HTML nodes are written as they are: the caller has already escaped or vetted them, so the
    /// library's own filter is not used.
    func html(of node: CmarkNode? = nil) -> String {
        guard
            let chars = cmark_render_html(
                (node ?? root).pointer,
                CMARK_OPT_UNSAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES,
                cmark_parser_get_syntax_extensions(parser)
            )
        else { return "" }
        defer { free(chars) }
        return String(cString: chars)
    }
}

/// One node of a ``CmarkDocument``: its kind, position and contents, and the edits the renderer needs.
struct CmarkNode: Hashable {
    fileprivate let pointer: OpaquePointer

    fileprivate init(pointer: OpaquePointer) { self.pointer = pointer }

    /// The node kinds the renderer treats specially.
    enum Kind {
        case heading, link, image, htmlBlock, htmlInline, codeBlock, text, code, other
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_CODE: .code
        default: .other
        }
    }

    var line: Int { Int(cmark_node_get_start_line(pointer)) }
    var column: Int { Int(cmark_node_get_start_column(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }

    /// Whether this is a link written as `<URL>` or a bare URL: its one child is a text showing the URL itself.
    var isAutolink: Bool {
        guard kind == .link, let child = firstChild, child.kind == .text, child.next == nil else { return false }
        let text = child.literal
        let url = url
        return url == text || url == "mailto:" + text
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    /// The text a person reads: the literals of text and code spans inside, in order.
    ///
    /// Walked with cmark's iterator, not by recursion, so any depth of nesting is fine.
    var plainText: String {
        var text = ""
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let descendant = cmark_iter_get_node(iterator), descendant != pointer else { continue }
            let node = CmarkNode(pointer: descendant)
            if node.kind == .text || node.kind == .code { text += node.literal }
        }
        return text
    }

    /// Puts a raw HTML block in this node's place and frees this node.
    func replace(withHTMLBlock html: String) {
        let block = cmark_node_new(CMARK_NODE_HTML_BLOCK)
        cmark_node_set_literal(block, html)
        swap(for: block)
    }

    /// Puts a paragraph showing `text` literally (escaped on output) in this node's place.
    func replace(withParagraphText text: String) {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
        cmark_node_append_child(paragraph, Self.textNode(text))
        swap(for: paragraph)
    }

    /// Puts `text`, escaped on output, in this inline node's place.
    func replace(withText text: String) {
        swap(for: Self.textNode(text))
    }

    /// Removes this node but keeps its children where it was (a link becomes its plain text).
    func unwrap() {
        while let child = cmark_node_first_child(pointer) {
            cmark_node_insert_before(pointer, child)
        }
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    private static func textNode(_ text: String) -> OpaquePointer? {
        let node = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(node, text)
        return node
    }

    private func swap(for replacement: OpaquePointer?) {
        cmark_node_replace(pointer, replacement)
        cmark_node_free(pointer)
    }
}
