import StudioAssets

/// `product-fill` (main images): the product's bounding box (inspect's `--pixels` product box), read as its
/// longer side against the frame, `max(box width / width, box height / height)`, is at least `min`.
struct ProductFill: RuleCheck {
    static let id = RuleID.productFill
    static let media: Set<AssetKind> = [.image]
    static let parameters = ["min"]

    let min: Double

    init?(_ entry: YAMLMapping) {
        guard let min = entry.double("min"), min > 0, min <= 1 else {
            entry.fail(key: "min", "'product-fill' needs 'min', the share of the frame the product fills (0 to 1)")
            return nil
        }
        self.min = min
    }

    var needsPixels: Bool { true }
    var requirement: String { "the product filling at least \(Wording.percent(min)) of the frame" }
    var expected: JSONValue { .object([("min", .number(min))]) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let pixels = file.pixels, let size = Dimensions(file) else { return nil }
        guard let box = pixels.product else {
            return Violation(
                message: "no product was found: the image is one plain colour; \(platform)'s main image wants \(requirement)",
                actual: .null
            )
        }
        let fill = Swift.max(Double(box.width) / Double(size.width), Double(box.height) / Double(size.height))
        guard fill < min else { return nil }
        return Violation(
            message: "the product fills \(Wording.percent(fill)) of the frame (its box covers \(Wording.percent(box.fill)) of the area); "
                + "\(platform)'s main image wants at least \(Wording.percent(min)): crop closer or regenerate with the product larger",
            actual: .object([("longerSide", .number(fill)), ("area", .number(box.fill))])
        )
    }
}
