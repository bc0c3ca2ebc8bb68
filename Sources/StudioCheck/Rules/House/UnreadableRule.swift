import StudioAssets

/// `unreadable` (house rule, error): `inspect` could not read the file; its error is the message.
enum UnreadableRule {
    static func finding(for file: AssetInfo) -> Finding? {
        guard let error = file.error else { return nil }
        return Finding(rule: .unreadable, level: .error, message: error.description)
    }
}
