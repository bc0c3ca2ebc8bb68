import StudioAssets

/// `max-size`: not too many pixels.
///
/// `longest`, `shortest`: that side; `each`: both sides; `pixels`: width × height.
struct MaxSize: RuleCheck {
    static let id = RuleID.maxSize
    static let media: Set<AssetKind> = [.image, .video]
    static let parameters = ["longest", "shortest", "each", "pixels"]

    let limits: [String: Int]

    init?(_ entry: YAMLMapping) {
        guard let limits = SizeLimits.read(entry, keys: Self.parameters, rule: Self.id.rawValue) else { return nil }
        self.limits = limits
    }

    var requirement: String {
        Self.parameters.compactMap { key in
            limits[key].map { limit in
                switch key {
                case "pixels": "at most \(Wording.trimmed(Double(limit) / 1_000_000)) megapixels"
                case "each": "each side at most \(limit) px"
                default: "\(key == "longest" ? "longer" : "shorter") side at most \(limit) px"
                }
            }
        }.joined(separator: ", ")
    }

    var expected: JSONValue { SizeLimits.expected(limits, order: Self.parameters) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let size = Dimensions(file) else { return nil }
        let values = [size.longest, size.shortest, size.longest, size.width * size.height]
        guard zip(Self.parameters, values).contains(where: { key, value in limits[key].map { value > $0 } ?? false }) else { return nil }
        let fix = file.kind == .video ? "export it at a lower resolution" : "scale it down"
        return Violation(
            message: "the \(file.kind == .video ? "video" : "image") is \(size.text); \(platform) takes \(requirement): \(fix)",
            actual: size.json
        )
    }
}
