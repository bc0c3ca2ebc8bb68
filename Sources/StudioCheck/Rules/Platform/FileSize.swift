import StudioAssets

/// `file-size`: the file is at most `max` bytes.
struct FileSize: RuleCheck {
    static let id = RuleID.fileSize
    static let media: Set<AssetKind> = [.image, .video]
    static let parameters = ["max"]

    let max: Int

    init?(_ entry: YAMLMapping) {
        guard let max = entry.int("max"), max > 0 else {
            entry.fail(key: "max", "'file-size' needs 'max', a positive number of bytes")
            return nil
        }
        self.max = max
    }

    var requirement: String { "at most \(Wording.bytes(max))" }
    var expected: JSONValue { .object([("max", .int(max))]) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let bytes = file.bytes, bytes > max else { return nil }
        let fix = file.kind == .video ? "export it at a lower bitrate or trim it" : "save it with more compression or fewer pixels"
        return Violation(
            message: "the file is \(Wording.bytes(bytes)); \(platform) takes \(requirement): \(fix)",
            actual: .int(bytes)
        )
    }
}
