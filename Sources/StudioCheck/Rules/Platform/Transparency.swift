import StudioAssets

/// `transparency` (main images): every pixel is fully opaque.
struct Transparency: RuleCheck {
    static let id = RuleID.transparency
    static let media: Set<AssetKind> = [.image]
    static let parameters: [String] = []

    init?(_ entry: YAMLMapping) {}

    var needsPixels: Bool { true }
    var requirement: String { "every pixel opaque" }
    var expected: JSONValue { .string("opaque") }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard file.pixels?.anyTransparent == true else { return nil }
        return Violation(
            message: "some pixels are transparent; \(platform)'s main image wants \(requirement): flatten it onto white",
            actual: .string("transparent")
        )
    }
}
