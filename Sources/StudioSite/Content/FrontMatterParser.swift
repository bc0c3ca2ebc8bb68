import Foundation
import Yams

/// Splits a Markdown file into front matter and body, and reads the front matter with Yams.
///
/// Errors and warnings point at the line in the Markdown file (the YAML starts on line 2).
struct FrontMatterParser {
    /// The file as the user knows it, for diagnostics.
    let file: String

    /// A page's parts: its front matter, its Markdown body and the line the body starts on.
    struct Parts {
        var frontMatter: FrontMatter
        var body: Substring
        var bodyStartLine: Int
    }

    /// Tags every scalar as text: each rule of Yams' default resolver is one regular-expression match
    /// for every scalar of every page, and front matter reads its few numbers and booleans from the
    /// text itself (``FieldReader``).
    private static let resolver = Resolver.basic

    func parse(_ text: String, diagnostics: inout DiagnosticList) -> Parts? {
        let text = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        guard let (yaml, body, bodyStartLine) = split(text) else {
            if text.hasPrefix("---") {
                diagnostics.error(SourceLocation(file: file, line: 1), "front matter opened with '---' is never closed")
                return nil
            }
            return Parts(frontMatter: FrontMatter(), body: text, bodyStartLine: 1)
        }
        guard let frontMatter = read(yaml, diagnostics: &diagnostics) else { return nil }
        return Parts(frontMatter: frontMatter, body: body, bodyStartLine: bodyStartLine)
    }

    /// Finds the YAML between a first line `---` and the next line `---` (or `...`), reading bytes:
    /// the delimiters are ASCII, and a line break never belongs to a larger character here.
    private func split(_ text: Substring) -> (yaml: String, body: Substring, bodyStartLine: Int)? {
        let bytes = text.utf8
        let newline = UInt8(ascii: "\n")
        guard let firstEnd = bytes.firstIndex(of: newline), Self.isDelimiter(bytes[..<firstEnd], "---") else {
            return nil
        }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.endIndex
            let current = bytes[lineStart..<lineEnd]
            if Self.isDelimiter(current, "---") || Self.isDelimiter(current, "...") {
                let body = lineEnd < bytes.endIndex ? text[bytes.index(after: lineEnd)...] : text[lineEnd...]
                return (String(text[yamlStart..<lineStart]), body, line + 1)
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
            line += 1
        }
        return nil
    }

    /// Whether a line is `delimiter` followed by nothing but spaces, tabs or a carriage return.
    private static func isDelimiter(_ line: Substring.UTF8View.SubSequence, _ delimiter: StaticString) -> Bool {
        let marker = UnsafeBufferPointer(start: delimiter.utf8Start, count: delimiter.utf8CodeUnitCount)
        guard line.starts(with: marker) else { return false }
        return line.dropFirst(marker.count).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func read(_ yaml: String, diagnostics: inout DiagnosticList) -> FrontMatter? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8)
        } catch {
            diagnostics.error(location(of: error), "bad front matter: \(describe(error))")
            return nil
        }
        guard let root else { return FrontMatter() }
        guard let mapping = root.mapping else {
            diagnostics.error(at(root.mark), "front matter must be a mapping of keys to values")
            return nil
        }
        var reader = FieldReader(parser: self)
        var frontMatter = FrontMatter()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                reader.fail(keyNode, "front matter keys must be strings")
                continue
            }
            switch key {
            case "title": frontMatter.title = reader.string(key, value)
            case "description": frontMatter.description = reader.string(key, value)
            case "label": frontMatter.label = reader.string(key, value)
            case "weight": frontMatter.weight = reader.int(key, value)
            case "draft": frontMatter.draft = reader.bool(key, value) ?? false
            case "unsafe_html": frontMatter.unsafeHTML = reader.bool(key, value) ?? false
            case "faq": frontMatter.faq = reader.bool(key, value) ?? false
            case "aliases": frontMatter.aliases = reader.paths(key, value, noun: "alias")
            case "related": frontMatter.related = reader.paths(key, value, noun: "related page")
            case "layout": frontMatter.layout = reader.path(key, value, noun: "layout")
            default: diagnostics.warning(at(keyNode.mark), "unknown front matter key '\(key)'")
            }
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return reader.diagnostics.hasErrors ? nil : frontMatter
    }

    /// The Markdown line of a YAML node (YAML line 1 is the file's line 2).
    func line(of node: Node) -> Int { (node.mark?.line ?? 0) + 1 }

    func at(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 0) + 1, column: mark?.column)
    }

    private func location(of error: Error) -> SourceLocation {
        switch error as? YamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): at(mark)
        case .duplicatedKeysInMapping(_, let context): at(context.mark)
        default: SourceLocation(file: file, line: 2)
        }
    }

    private func describe(_ error: Error) -> String {
        switch error as? YamlError {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .duplicatedKeysInMapping(let duplicates, _): "duplicate key '\(duplicates.joined(separator: "', '"))'"
        default: "\(error)"
        }
    }
}

/// Reads typed values out of YAML nodes, recording a located error for each value of the wrong type.
private struct FieldReader {
    let parser: FrontMatterParser
    var diagnostics = DiagnosticList()

    mutating func fail(_ node: Node, _ message: String) {
        diagnostics.error(parser.at(node.mark), message)
    }

    mutating func string(_ key: String, _ node: Node) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "'\(key)' must be text")
            return nil
        }
        return scalar.string
    }

    mutating func int(_ key: String, _ node: Node) -> Int? {
        guard let value = node.int else {
            fail(node, "'\(key)' must be a whole number, not '\(node.string ?? "a list or mapping")'")
            return nil
        }
        return value
    }

    /// YAML 1.1's booleans, as Yams' default resolver recognises them in plain (unquoted) scalars.
    private static let booleans: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
        "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false, "off": false, "Off": false,
        "OFF": false,
    ]

    mutating func bool(_ key: String, _ node: Node) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Self.booleans[scalar.string] else {
            fail(node, "'\(key)' must be true or false, not '\(node.string ?? "a list or mapping")'")
            return nil
        }
        return value
    }

    /// A list of paths (`aliases`, `related`).
    mutating func paths(_ key: String, _ node: Node, noun: String) -> [Located<String>] {
        guard let sequence = node.sequence else {
            fail(node, "'\(key)' must be a list")
            return []
        }
        return sequence.compactMap { item in
            guard case .scalar = item else {
                fail(item, "each entry of '\(key)' must be text")
                return nil
            }
            return path(key, item, noun: noun)
        }
    }

    /// One path (`layout`, an entry of `aliases`): text without control characters, which would cut a
    /// file-system path short (NUL) or break the lines of a report.
    mutating func path(_ key: String, _ node: Node, noun: String) -> Located<String>? {
        guard let text = string(key, node) else { return nil }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            fail(node, "\(noun) '\(String(text.debugDescription.dropFirst().dropLast()))' holds a control character")
            return nil
        }
        return Located(value: text, line: parser.line(of: node))
    }
}
