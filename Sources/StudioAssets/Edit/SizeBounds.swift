/// Limits on an image's size in pixels, each one optional: the longer side, the shorter side, the width,
/// the height, and the pixel count (width × height).
///
/// The same shape serves as maximums (``ImageEdit/maximumSize``: scale down to fit) and as minimums
/// (``ImageEdit/FrameFill/minimumSize``: a crop must not go below them).
public struct SizeBounds: Sendable, Equatable {
    public var longest: Int?
    public var shortest: Int?
    public var width: Int?
    public var height: Int?
    public var pixels: Int?

    /// Creates bounds; nil leaves a measure free.
    public init(longest: Int? = nil, shortest: Int? = nil, width: Int? = nil, height: Int? = nil, pixels: Int? = nil) {
        self.longest = longest
        self.shortest = shortest
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Whether a `width`×`height` image reaches every bound, read as minimums.
    public func areMet(byMinimum width: Int, _ height: Int) -> Bool {
        zip(measures(width, height), limits).allSatisfy { measure, limit in limit.map { measure >= $0 } ?? true }
    }

    /// Whether a `width`×`height` image stays within every bound, read as maximums.
    public func areMet(byMaximum width: Int, _ height: Int) -> Bool {
        zip(measures(width, height), limits).allSatisfy { measure, limit in limit.map { measure <= $0 } ?? true }
    }

    /// The largest size of the same shape within the bounds read as maximums, or nil when the image fits.
    func scaledDown(_ width: Int, _ height: Int) -> (width: Int, height: Int)? {
        guard !areMet(byMaximum: width, height) else { return nil }
        let (w, h) = (Double(width), Double(height))
        var scale = 1.0
        if let longest { scale = min(scale, Double(longest) / max(w, h)) }
        if let shortest { scale = min(scale, Double(shortest) / min(w, h)) }
        if let limit = self.width { scale = min(scale, Double(limit) / w) }
        if let limit = self.height { scale = min(scale, Double(limit) / h) }
        if let pixels { scale = min(scale, (Double(pixels) / (w * h)).squareRoot()) }
        // Rounding down keeps every measure within its bound.
        return (max(1, Int(w * scale)), max(1, Int(h * scale)))
    }

    private var limits: [Int?] { [longest, shortest, width, height, pixels] }

    private func measures(_ width: Int, _ height: Int) -> [Int] {
        [max(width, height), min(width, height), width, height, width * height]
    }
}
