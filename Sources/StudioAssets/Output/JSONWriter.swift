/// Writes one JSON object with its keys in the order they are added.
///
/// The `inspect` contract fixes key order and the difference between `null` and an absent key,
/// which a hand-written writer keeps exact.
struct JSONObjectWriter {
    private var members: [String] = []

    /// Adds `"key": value` where `value` is already JSON text.
    mutating func raw(_ key: String, _ json: String) { members.append("\(JSONText.string(key)): \(json)") }

    mutating func string(_ key: String, _ value: String?) { raw(key, value.map(JSONText.string) ?? "null") }
    mutating func int(_ key: String, _ value: Int?) { raw(key, value.map(String.init) ?? "null") }
    mutating func bool(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    mutating func number(_ key: String, _ value: Double, places: Int) { raw(key, JSONText.number(value, places: places)) }

    /// The object as JSON text on one line.
    var text: String { "{" + members.joined(separator: ", ") + "}" }
}

/// JSON literals.
enum JSONText {
    /// A quoted, escaped JSON string.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A number rounded to `places` decimals, always with a fraction part (`5.0`, `29.97`).
    static func number(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return ((value * scale).rounded() / scale).description
    }
}
