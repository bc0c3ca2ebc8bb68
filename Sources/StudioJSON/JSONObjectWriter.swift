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
    /// The members so far, as UTF-8 bytes: appending bytes is cheaper than growing a `String` piece by piece.
    private var members: [UInt8] = []
    /// Whether the object being written (the innermost, inside ``objects(_:_:_:)``) has a member yet.
    private var hasMember = false

    /// Creates an empty object.
    public init() {}

    /// Adds `"key": value` where `value` is already JSON text.
    public mutating func raw(_ key: String, _ json: String) {
        appendKey(key)
        members.append(contentsOf: json.utf8)
    }

    /// Adds a string, or `null`.
    public mutating func string(_ key: String, _ value: String?) {
        appendKey(key)
        if let value { JSONText.append(value, to: &members) } else { members.append(contentsOf: "null".utf8) }
    }

    /// Adds a whole number, or `null`.
    public mutating func int(_ key: String, _ value: Int?) {
        appendKey(key)
        guard let value else { return members.append(contentsOf: "null".utf8) }
        JSONText.append(value, to: &members)
    }
    /// Adds `true` or `false`.
    public mutating func bool(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    /// Adds a number rounded to `places` decimals (``JSONText/number(_:places:)``).
    public mutating func number(_ key: String, _ value: Double, places: Int) { raw(key, JSONText.number(value, places: places)) }

    /// Adds an array of objects, each filled in place by `fill`: `"key": [{…}, {…}]`.
    public mutating func objects<Elements: Sequence>(
        _ key: String,
        _ elements: Elements,
        _ fill: (Elements.Element, inout JSONObjectWriter) -> Void
    ) {
        appendKey(key)
        members.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { members.append(contentsOf: ", ".utf8) }
            members.append(UInt8(ascii: "{"))
            hasMember = false
            fill(element, &self)
            members.append(UInt8(ascii: "}"))
        }
        members.append(UInt8(ascii: "]"))
        hasMember = true
    }

    /// The object as JSON text on one line.
    public var text: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the object, as JSON text on one line in UTF-8, to `out`.
    public func append(to out: inout [UInt8]) {
        out.reserveCapacity(out.count + members.count + 2)
        out.append(UInt8(ascii: "{"))
        out += members
        out.append(UInt8(ascii: "}"))
    }

    /// Empties the object, keeping its storage for the next one.
    public mutating func removeAll() {
        members.removeAll(keepingCapacity: true)
        hasMember = false
    }

    private mutating func appendKey(_ key: String) {
        if hasMember { members.append(contentsOf: ", ".utf8) }
        hasMember = true
        JSONText.append(key, to: &members)
        members.append(contentsOf: ": ".utf8)
    }
}

/// JSON literals.
public enum JSONText {
    /// A JSON array of values that are already JSON text.
    public static func array(_ elements: [String]) -> String { "[" + elements.joined(separator: ", ") + "]" }

    /// A quoted, escaped JSON string.
    public static func string(_ value: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 2)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as a quoted, escaped JSON string, in UTF-8.
    public static func append(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes in
            // Most strings need no escape: one scan, one copy.
            for byte in bytes where needsEscape(byte) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied != true { appendEscaped(value, to: &out) }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends `value`'s UTF-8 with the characters JSON strings cannot hold escaped.
    private static func appendEscaped(_ value: String, to out: inout [UInt8]) {
        for byte in value.utf8 {
            guard needsEscape(byte) else {
                out.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            default:
                let hex = Array("0123456789abcdef".utf8)
                out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
    }

    /// Appends the decimal digits of `value`, with its sign.
    static func append(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let start = out.count
        var rest = value.magnitude
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        out[start...].reverse()
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
