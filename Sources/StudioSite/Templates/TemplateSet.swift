import Foundation
import Mustache

/// The site's Mustache templates, loaded from `templates/` and checked before any page is rendered.
///
/// A template is named by its path without `.mustache` (`layouts/page`, `partials/header`); partials
/// are included by that name (`{{> partials/header}}`), parents extended by it (`{{<base}}`). A syntax error or an include of a partial
/// that does not exist is an error at `templates/FILE:LINE:COL`. Files under `templates/assets/` are not templates.
/// Variables are escaped for HTML by ``HTMLEscaping``.
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// The text of each template that loaded, by name.
    private let texts: [String: String]
    /// The partials and parents each template names, by name.
    private let includes: [String: [String]]

    /// Loads the `.mustache` files among `files` (the listing of `folder`, ``SourceFolder``).
    init(folder: URL, files listed: [String], diagnostics: inout DiagnosticList) {
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        let files = listed.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(FingerprintedAssets.folderName + "/") }
        let existing = Set(files.map { String($0.dropLast(".mustache".count)) })
        for path in files {
            let name = String(path.dropLast(".mustache".count))
            let file = "templates/" + path
            let text: String
            switch SourceText.read(folder.appendingPathComponent(path).path) {
            case .success(let read): text = read
            case .failure(let problem):
                diagnostics.error(problem.location(in: file), problem.message)
                continue
            }
            do {
                try library.register(HTMLEscaping.pragma + text, named: name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                // The pragma is the first line swift-mustache sees.
                let at = SourceLocation(file: file, line: error.context.lineNumber - 1, column: error.context.columnNumber)
                diagnostics.error(at, "template syntax error: \(error.error)")
            } catch {
                diagnostics.error(SourceLocation(file: file), "template syntax error: \(error)")
            }
        }
        self.library = library
        self.texts = sources
        var includes: [String: [String]] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let found = Self.partialIncludes(in: text)
            includes[name] = found.map(\.name)
            for include in found where !existing.contains(include.name) {
                let at = SourceLocation(file: "templates/\(name).mustache", line: include.line, column: include.column)
                diagnostics.error(at, "missing \(include.kind) '\(include.name)' (templates/\(include.name).mustache)")
            }
        }
        self.includes = includes
    }

    func has(_ name: String) -> Bool { texts[name] != nil }

    /// The template and every partial and parent it uses, directly or through another.
    func closure(of name: String) -> Set<String> {
        var found: Set<String> = [name]
        var queue = [name]
        while let next = queue.popLast() {
            for include in includes[next] ?? [] where found.insert(include).inserted { queue.append(include) }
        }
        return found
    }

    /// The names of the templates whose text differs between two sets, or that only one of them has.
    func changedNames(since previous: TemplateSet) -> Set<String> {
        Set(texts.keys).union(previous.texts.keys).filter { texts[$0] != previous.texts[$0] }
    }

    /// Renders a template that ``has(_:)`` confirmed exists.
    func render(_ context: Any, template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Every `{{> name}}` (a partial) and `{{< name}}` (a parent) in a template, with its position.
    private static func partialIncludes(in text: String) -> [(name: String, kind: String, line: Int, column: Int)] {
        var found: [(String, String, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                if let sigil = after.first, sigil == ">" || sigil == "<" {
                    let name = after.dropFirst()[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                    let kind = sigil == ">" ? "partial" : "parent template"
                    found.append((name, kind, index + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                }
                rest = after[close.upperBound...]
            }
        }
        return found
    }
}
