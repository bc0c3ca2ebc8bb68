import StudioAssets

/// `color-space`: the image's colour space is in `allow`, or not in `deny`.
struct ColorSpaceCheck: RuleCheck {
    static let id = RuleID.colorSpace
    static let media: Set<AssetKind> = [.image]
    static let parameters = ["allow", "deny"]

    let allow: [ColorSpace]?
    let deny: [ColorSpace]?

    init?(_ entry: YAMLMapping) {
        func read(_ key: String) -> [ColorSpace]?? {
            guard let items = entry.strings(key) else { return .some(nil) }
            var spaces: [ColorSpace] = []
            for (name, node) in items {
                guard let space = ColorSpace(rawValue: name) else {
                    entry.fail(node, "unknown colour space '\(name)'; they are \(ColorSpace.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                spaces.append(space)
            }
            return spaces
        }
        guard let allow = read("allow"), let deny = read("deny") else { return nil }
        guard (allow == nil) != (deny == nil) else {
            entry.fail(entry.node, "'color-space' needs either 'allow' or 'deny', a list of colour spaces")
            return nil
        }
        (self.allow, self.deny) = (allow, deny)
    }

    var requirement: String {
        if let allow { return Wording.list(allow.map(\.rawValue)) }
        return "any colour space but " + Wording.list((deny ?? []).map(\.rawValue))
    }

    var expected: JSONValue {
        allow.map { .object([("allow", .array($0.map { .string($0.rawValue) }))]) }
            ?? .object([("deny", .array((deny ?? []).map { .string($0.rawValue) }))])
    }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let space = file.image?.colorSpace else { return nil }
        let passes = allow.map { $0.contains(space) } ?? !(deny ?? []).contains(space)
        guard !passes else { return nil }
        let wanted =
            allow.map { "\(platform) wants \(Wording.list($0.map(\.rawValue)))" }
            ?? "\(platform) wants any but \(Wording.list((deny ?? []).map(\.rawValue)))"
        return Violation(
            message: "the colour space is \(space.rawValue); \(wanted): convert it to sRGB",
            actual: .string(space.rawValue)
        )
    }
}
