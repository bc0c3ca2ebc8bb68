import StudioAssets

/// What the review page draws over a main image's thumbnail when its `product-fill` or `background` was
/// judged: the product box and the border band as they were measured, in displayed full-size pixels (an
/// SVG with that view box, stretched over the thumbnail).
struct ThumbnailOverlay {
    let width: Int
    let height: Int
    let pixels: PixelStats

    /// The overlay of `asset`, or nil when it has none.
    init?(_ asset: CheckedAsset) {
        guard asset.slot == .main, asset.facts.thumbnail != nil, let pixels = asset.facts.pixels,
            let width = asset.facts.width, let height = asset.facts.height,
            asset.findings.contains(where: { $0.rule == .productFill || $0.rule == .background })
        else { return nil }
        (self.width, self.height, self.pixels) = (width, height, pixels)
    }

    var context: [String: Any] {
        let band = pixels.border.bandFraction * Double(min(width, height))
        let inner = "M\(n(band)) \(n(band))V\(n(Double(height) - band))H\(n(Double(width) - band))V\(n(band))Z"
        var overlay: [String: Any] = ["width": width, "height": height, "band": "M0 0H\(width)V\(height)H0Z" + inner]
        if let box = pixels.product {
            overlay["x"] = box.x
            overlay["y"] = box.y
            overlay["boxWidth"] = box.width
            overlay["boxHeight"] = box.height
            overlay["fill"] = Wording.percent(max(Double(box.width) / Double(width), Double(box.height) / Double(height)))
        } else {
            overlay["x"] = 0
            overlay["y"] = 0
            overlay["boxWidth"] = 0
            overlay["boxHeight"] = 0
            overlay["fill"] = "none"
        }
        return overlay
    }

    /// A coordinate with at most one decimal.
    private func n(_ value: Double) -> String { Wording.trimmed((value * 10).rounded() / 10) }
}
