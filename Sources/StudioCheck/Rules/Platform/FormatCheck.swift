import StudioAssets

/// `format`: the file's format, from its content, is one the platform accepts.
struct FormatCheck: RuleCheck {
    static let id = RuleID.format
    static let media: Set<AssetKind> = [.image, .video]
    static let parameters = ["allow"]

    /// Format names as `inspect` reports them (`jpeg`, `mp4`), and `bmp`, which platforms list but inspect does not read.
    static let knownFormats = AssetFormat.allCases.map(\.rawValue) + ["bmp"]

    let allow: [String]

    init?(_ entry: YAMLMapping) {
        guard let items = entry.strings("allow"), !items.isEmpty else {
            entry.fail(key: "allow", "'format' needs 'allow', the list of accepted formats")
            return nil
        }
        var valid = true
        for (name, node) in items where !Self.knownFormats.contains(name) {
            entry.fail(node, "unknown format '\(name)'; formats are \(Self.knownFormats.joined(separator: ", "))")
            valid = false
        }
        guard valid else { return nil }
        allow = items.map(\.value)
    }

    var requirement: String { Wording.list(allow.map(Wording.format)) }
    var expected: JSONValue { .array(allow.map(JSONValue.string)) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let format = file.format?.rawValue, !allow.contains(format) else { return nil }
        let target = Wording.format(allow.first ?? "jpeg")
        return Violation(
            message: "the file is \(Wording.format(format)); \(platform) accepts \(requirement): convert it to \(target)",
            actual: .string(format)
        )
    }
}
