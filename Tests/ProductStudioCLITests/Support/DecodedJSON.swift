import Foundation

extension ProductStudioBinary.Result {
    /// Standard output decoded as `type`; a missing key or a value of another type throws.
    func decoded<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: Data(stdout.utf8))
    }
}

/// A key the JSON always holds whose value may be `null`: unlike a plain optional, decoding fails when the key
/// is missing (or renamed).
@propertyWrapper
struct Nullable<Value: Decodable>: Decodable {
    let wrappedValue: Value?

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

/// Any JSON value, for fields whose shape depends on something else (a rule's expected and actual values),
/// and for asserting which keys an object holds.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
