import Foundation

/// An account's email, normalised so that one address names one account however it is typed: spaces around it
/// removed, Unicode NFC, case-folded (`ÄNA@Example.com` and `äna@example.com` are one account).
///
/// The shape is checked, not the mailbox: `local@domain.tld` with no spaces or control characters, the domain
/// made of dot-separated labels, at most 64 bytes before the `@` and 254 in all (RFC 5321's limits).
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The normalised address.
    public let text: String

    /// The longest address, in UTF-8 bytes.
    public static let maximumLength = 254

    /// Normalises and checks `raw`.
    /// - Throws: ``AccountError/invalidEmail(_:)``.
    public init(_ raw: String) throws(AccountError) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: .caseInsensitive, locale: nil)
            .precomposedStringWithCanonicalMapping
        guard Self.isWellFormed(text) else { throw .invalidEmail(raw) }
        self.text = text
    }

    public var description: String { text }

    private static func isWellFormed(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength,
            text.unicodeScalars.allSatisfy(isAllowed)
        else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.utf8.count <= 63 }
    }

    /// No spaces, controls, invisible format characters, or the replacement character that stands for bytes
    /// that were not UTF-8.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse:
            false
        default:
            scalar != "\u{FFFD}"
        }
    }
}
