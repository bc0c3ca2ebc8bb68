import StudioAssets

/// One kind of platform rule: its parameters, read from a profile entry, and the test it applies to a file.
///
/// Each rule id has one conforming type in this folder (`MinSize` for `min-size`, …). A check only reads a
/// file's facts (``AssetInfo``), so rules are tested with facts made in code, no media files needed.
protocol RuleCheck: Sendable {
    /// The rule id this check implements.
    static var id: RuleID { get }
    /// The media the rule can judge.
    static var media: Set<AssetKind> { get }
    /// Reads the parameters of one profile entry; nil when they are wrong (problems are recorded in the entry's file).
    init?(_ entry: YAMLMapping)
    /// The parameter keys the entry may hold.
    static var parameters: [String] { get }
    /// What the rule asks, for people: `longest side at least 500 px`.
    var requirement: String { get }
    /// What the rule asks, as the JSON reports give it.
    var expected: JSONValue { get }
    /// Whether the rule needs the decoded pixels (``AssetInfo/pixels``); only the main-image rules do.
    var needsPixels: Bool { get }
    /// Why `file` breaks the rule, or nil when it passes or the rule cannot judge it (a fact is missing).
    ///
    /// - Parameters:
    ///   - file: what was read from the file.
    ///   - platform: the profile's title, for the message (`Amazon`).
    /// - Returns: the violation, or nil when the file passes or cannot be judged.
    func violation(of file: AssetInfo, platform: String) -> Violation?
}

extension RuleCheck {
    var needsPixels: Bool { false }
}

/// How a file breaks a rule: what is wrong and how to fix it, and the value found.
struct Violation: Sendable {
    let message: String
    let actual: JSONValue?
}

/// How people read the numbers in messages.
enum Wording {
    /// `12.3 MB`, `850 KB`, `512 bytes` (1 MB = 1,000,000 bytes).
    static func bytes(_ count: Int) -> String {
        if count >= 1_000_000 { return trimmed(Double(count) / 1_000_000) + " MB" }
        if count >= 1_000 { return trimmed(Double(count) / 1_000) + " KB" }
        return "\(count) bytes"
    }

    /// A number with at most two decimals and no trailing zeros: `1.25`, `3`, `1.91`.
    static func trimmed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A share as a whole percentage: `62%`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded(.down)))%" }

    /// `A, B or C`.
    static func list(_ items: [String], or word: String = "or") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }

    /// How people name a format: `JPEG`, `WebP`, `HEIC`.
    static func format(_ name: String) -> String {
        [
            "jpeg": "JPEG", "png": "PNG", "webp": "WebP", "gif": "GIF", "tiff": "TIFF", "heif": "HEIC", "avif": "AVIF", "bmp": "BMP",
            "mp4": "MP4", "mov": "MOV", "webm": "WebM", "mkv": "Matroska", "avi": "AVI",
        ][name] ?? name
    }
}
