import Foundation

/// Checks a task's SKU and use case before it is charged: both become part of its download names
/// (``AssetFileName``), which must be possible on Linux, macOS and Windows alike.
public enum NamePart {
    /// A SKU or use case as it is stored and compared: spaces around it trimmed, in Unicode NFC.
    public static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
    }

    /// The longest SKU or use case, in UTF-8 bytes: two of them, a date, a counter and an extension stay
    /// within the 255 bytes a file name may have.
    public static let maximumLength = 100

    /// The characters Windows or macOS refuse in a file name.
    static let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// Passes when `value` can be the `field` part of a file name.
    /// - Throws: ``AccountError/emptyField(_:)``, ``AccountError/invalidNamePart(field:value:problem:)``.
    public static func check(_ value: String, as field: String) throws(AccountError) {
        guard !value.isBlank else { throw .emptyField(field) }
        let problem: NamePartProblem? =
            if value.utf8.count > maximumLength {
                .tooLong(bytes: value.utf8.count)
            } else if value.unicodeScalars.contains(where: { [.control, .format].contains($0.properties.generalCategory) }) {
                .controlCharacter
            } else if let character = value.first(where: forbidden.contains) {
                .forbiddenCharacter(character)
            } else if value.hasPrefix(".") {
                .leadingDot
            } else {
                nil
            }
        if let problem { throw .invalidNamePart(field: field, value: value, problem: problem) }
    }
}

/// Why a SKU or use case cannot be part of a file name.
public enum NamePartProblem: Sendable, Equatable, CustomStringConvertible {
    case tooLong(bytes: Int)
    case controlCharacter
    case forbiddenCharacter(Character)
    case leadingDot

    public var description: String {
        switch self {
        case .tooLong(let bytes): "is \(bytes) bytes long, more than the \(NamePart.maximumLength) a file name leaves it"
        case .controlCharacter: "holds a control or invisible formatting character"
        case .forbiddenCharacter(let character): "holds '\(character)', which Windows or macOS refuse in file names"
        case .leadingDot: "starts with a dot, which would hide the file"
        }
    }
}
