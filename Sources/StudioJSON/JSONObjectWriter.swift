/// Writes one JSON object with its keys in the order they are added.
///
/// The JSON contracts of `inspect` and `check` fix key order and the difference between `null` and an
/// absent key, which a hand-written writer keeps exact.
///
/// ```swift
/// var json = JSONObjectWriter()
/// json.string("path", "a.jpg")
/// json.int("bytes", nil)
/// json.text  // {"path": "a.jpg", "bytes": null}
/// ```
public struct JSONObjectWriter: Sendable {
    private var members = ""

    /// Creates an empty object.
    public init() {}

    /// Adds `"key": value` where `value` is already JSON text.
    public mutating func raw(_ key: String, _ json: String) {
        if !members.isEmpty { members += ", " }
        members += JSONText.string(key)
        members += ": "
        members += json
    }

    /// Adds a string, or `null`.
    public mutating func string(_ key: String, _ value: String?) { raw(key, value.map(JSONText.string) ?? "null") }
    /// Adds a whole number, or `null`.
    public mutating func int(_ key: String, _ value: Int?) { raw(key, value.map(String.init) ?? "null") }
    /// Adds `true` or `false`.
    public mutating func bool(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    /// Adds a number rounded to `places` decimals (``JSONText/number(_:places:)``).
    public mutating func number(_ key: String, _ value: Double, places: Int) { raw(key, JSONText.number(value, places: places)) }

    /// The object as JSON text on one line.
    public var text: String { "{" + members + "}" }
}

/// JSON literals.
public enum JSONText {
    /// A JSON array of values that are already JSON text.
    public static func array(_ elements: [String]) -> String { "[" + elements.joined(separator: ", ") + "]" }

    /// A quoted, escaped JSON string.
    public static func string(_ value: String) -> String {
        // Most strings (keys, paths, format names) need no escaping: one scan of their bytes decides.
        let plain = value.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsEscape) } ?? !value.utf8.contains(where: needsEscape)
        if plain { return "\"" + value + "\"" }
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

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// A number rounded to `places` decimals, always with a fraction part (`5.0`, `29.97`).
    public static func number(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return ((value * scale).rounded() / scale).description
    }
}
