import StudioAssets

/// `extension` (house rule, error): the name's extension is one the content's format uses (`.jpg` holding a PNG is not).
enum ExtensionRule {
    static func finding(for file: AssetInfo) -> Finding? {
        guard let format = file.format, !file.extensionMatches else { return nil }
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let current = name.contains(".") ? "ends in .\(name.split(separator: ".").last!)" : "has no extension"
        let wanted = format.preferredExtension
        return Finding(
            rule: .extension,
            level: .error,
            message: "the file is \(Wording.format(format.rawValue)) but its name \(current): rename it to .\(wanted)",
            expected: .array(format.extensions.sorted().map(JSONValue.string)),
            actual: .string(name.contains(".") ? String(name.split(separator: ".").last!) : "")
        )
    }
}

extension AssetFormat {
    /// The extension to rename a file of this format to.
    var preferredExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .tiff: "tif"
        case .heif: "heic"
        default: rawValue
        }
    }
}
