import Foundation

/// The data sets pages can place, and how a set becomes an HTML table (the `partials/data-table` template).
struct DataTables: Sendable {
    let sets: [String: DataSet]
    /// Sets whose file has errors, already reported: a page placing one adds no error of its own.
    let broken: Set<String>
    let templates: TemplateSet

    /// The template that renders a data set.
    static let templateName = "partials/data-table"

    /// Why a data block could not be rendered.
    enum Failure: Error, CustomStringConvertible {
        case unknownSet(String, available: [String])
        case missingTemplate
        /// The set's file has errors, reported at the file.
        case brokenSet(String)

        var description: String {
            switch self {
            case .unknownSet(let name, let available):
                "unknown data set '\(name)' (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
            case .missingTemplate:
                "missing template '\(DataTables.templateName)' (templates/\(DataTables.templateName).mustache)"
            case .brokenSet(let name): "data set '\(name)' has errors"
            }
        }
    }

    func html(for name: String) -> Result<String, Failure> {
        if broken.contains(name) { return .failure(.brokenSet(name)) }
        guard let set = sets[name] else { return .failure(.unknownSet(name, available: sets.keys.sorted())) }
        guard templates.has(Self.templateName) else { return .failure(.missingTemplate) }
        let context = TemplateValues([
            "name": set.name,
            "caption": set.caption.mustacheValue,
            "columns": set.columns.map { TemplateValues(["title": $0.title, "align": $0.align.mustacheValue]) },
            "rows": set.rows.map { row in
                TemplateValues(["cells": set.columns.map { Self.cell(row[$0.key] ?? "", in: $0) }])
            },
        ])
        return .success(templates.render(context, template: Self.templateName))
    }

    /// A cell's values: `value`, `align`, and for a link column whose value is an http or https URL, `href`
    /// (the URL) and `label` (its host).
    ///
    /// Any other value of a link column is shown as text.
    private static func cell(_ value: String, in column: DataSet.Column) -> TemplateValues {
        var values: [String: Any] = ["value": value, "align": column.align.mustacheValue, "href": false]
        if column.link, let host = linkHost(value) {
            values["href"] = value
            values["label"] = host
        }
        return TemplateValues(values)
    }

    /// The host of an http or https URL, or nil for anything else.
    static func linkHost(_ url: String) -> String? {
        guard let scheme = URLSafety.scheme(of: url), scheme == "http" || scheme == "https",
            let host = URLComponents(string: url)?.host, !host.isEmpty
        else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
