import Yams

/// YAML in flow style (`[jpeg, png]`, `"1:1"`), for printing a profile the way its file is written.
enum FlowYAML {
    /// A node as flow YAML: scalars plain when they can be, quoted otherwise; lists and mappings on one line.
    static func text(of node: Node) -> String {
        switch node {
        case .scalar(let value): scalar(value.string)
        case .sequence(let sequence): "[" + sequence.map(text(of:)).joined(separator: ", ") + "]"
        case .mapping(let mapping): "{" + mapping.map { scalar($0.key.string ?? "") + ": " + text(of: $0.value) }.joined(separator: ", ") + "}"
        case .alias: "null"
        }
    }

    /// A scalar, quoted when plain YAML would read it otherwise.
    static func scalar(_ text: String) -> String {
        let special = Set(":#,[]{}&*!|>'\"%@`")
        let plain =
            !text.isEmpty && !text.contains(where: { special.contains($0) || $0.isNewline }) && text.first != " " && text.last != " "
            && !["-", "?"].contains(text.first!)
        guard !plain else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
