import Foundation
import Yams

/// Reads an author's data set from `content/data/NAME.yml`.
///
/// ```yaml
/// caption: Plans            # optional
/// columns:                  # optional; by default the keys of the first row, in order
///   - {key: plan, title: Plan}
///   - {key: credits, title: Credits, align: right}
///   - {key: terms, title: Terms, link: true}   # http(s) URLs shown as links
/// rows:
///   - {plan: Starter, credits: 100}
/// ```
struct DataSetLoader {
    /// The file as the user knows it, for diagnostics.
    let file: String
    let name: String

    func load(_ yaml: String, diagnostics: inout DiagnosticList) -> DataSet? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            diagnostics.error(SourceLocation(file: file, line: 1), "bad YAML: \(error)")
            return nil
        }
        guard let mapping = node?.mapping, let rowsNode = mapping["rows"], let rowNodes = rowsNode.sequence else {
            diagnostics.error(at(node), "a data set is a mapping with a 'rows' list")
            return nil
        }
        var rows: [[String: String]] = []
        var firstKeys: [String] = []
        for rowNode in rowNodes {
            guard let row = rowNode.mapping else {
                diagnostics.error(at(rowNode), "each row is a mapping of column keys to values")
                return nil
            }
            var values: [String: String] = [:]
            for (key, value) in row {
                guard let key = key.string, let text = value.string else {
                    diagnostics.error(at(value), "row values must be text or numbers")
                    return nil
                }
                values[key] = text
                if rows.isEmpty { firstKeys.append(key) }
            }
            rows.append(values)
        }
        guard let columns = columns(mapping["columns"], defaultKeys: firstKeys, diagnostics: &diagnostics) else {
            return nil
        }
        for column in columns where column.link {
            for rowNode in rowNodes {
                guard let value = rowNode.mapping?[column.key], let url = value.string, DataTables.linkHost(url) == nil else { continue }
                diagnostics.error(at(value), "'\(column.key)' is a link column: '\(url)' is not an http or https URL")
                return nil
            }
        }
        return DataSet(name: name, caption: mapping["caption"]?.string, columns: columns, rows: rows)
    }

    private func columns(_ node: Node?, defaultKeys: [String], diagnostics: inout DiagnosticList) -> [DataSet.Column]? {
        guard let node else { return defaultKeys.map { DataSet.Column(key: $0, title: $0) } }
        guard let list = node.sequence else {
            diagnostics.error(at(node), "'columns' must be a list")
            return nil
        }
        var columns: [DataSet.Column] = []
        for item in list {
            guard let key = item.mapping?["key"]?.string else {
                diagnostics.error(at(item), "each column needs a 'key'")
                return nil
            }
            let align = item.mapping?["align"]?.string
            if let align, !["left", "right", "center"].contains(align) {
                diagnostics.error(at(item), "'align' is left, right or center, not '\(align)'")
                return nil
            }
            let link = item.mapping?["link"]?.string
            if let link, !["true", "false"].contains(link) {
                diagnostics.error(at(item), "'link' is true or false, not '\(link)'")
                return nil
            }
            columns.append(DataSet.Column(key: key, title: item.mapping?["title"]?.string ?? key, align: align, link: link == "true"))
        }
        return columns
    }

    private func at(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column)
    }
}
