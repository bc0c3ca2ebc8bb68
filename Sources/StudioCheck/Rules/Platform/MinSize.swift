import StudioAssets

/// `min-size`: enough pixels.
///
/// `longest`: the longer side; `each`: both sides; `width`, `height`: that side.
struct MinSize: RuleCheck {
    static let id = RuleID.minSize
    static let media: Set<AssetKind> = [.image, .video]
    static let parameters = ["longest", "each", "width", "height"]

    let limits: [String: Int]

    init?(_ entry: YAMLMapping) {
        guard let limits = SizeLimits.read(entry, keys: Self.parameters, rule: Self.id.rawValue) else { return nil }
        self.limits = limits
    }

    var requirement: String {
        Self.parameters.compactMap { key in
            limits[key].map { key == "each" ? "each side at least \($0) px" : "\(key == "longest" ? "longest side" : key) at least \($0) px" }
        }.joined(separator: ", ")
    }

    var expected: JSONValue { SizeLimits.expected(limits, order: Self.parameters) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let size = Dimensions(file) else { return nil }
        let below = zip(Self.parameters, [size.longest, size.shortest, size.width, size.height]).contains { key, value in
            limits[key].map { value < $0 } ?? false
        }
        guard below else { return nil }
        let fix = file.kind == .video ? "export it at a higher resolution" : "regenerate it at a higher quality or upscale it"
        return Violation(
            message: "the \(file.kind == .video ? "video" : "image") is \(size.text); \(platform) wants \(requirement): \(fix)",
            actual: size.json
        )
    }
}
