import StudioJSON

/// A value a finding expected or found, as it appears in the JSON report.
public enum JSONValue: Sendable, Equatable {
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case null

    /// The value as JSON text.
    public var json: String {
        switch self {
        case .int(let value): String(value)
        case .number(let value): JSONText.number(value, places: 4)
        case .string(let value): JSONText.string(value)
        case .array(let values): JSONText.array(values.map(\.json))
        case .object(let members):
            "{" + members.map { JSONText.string($0.0) + ": " + $0.1.json }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.json == b.json }
}
