import StudioAssets

extension SizeBounds {
    /// These bounds and `other` together: for maximums (`keepingLower`) the lower of each pair, for
    /// minimums the higher.
    func tightened(by other: SizeBounds, keepingLower: Bool) -> SizeBounds {
        func pick(_ a: Int?, _ b: Int?) -> Int? {
            guard let a, let b else { return a ?? b }
            return keepingLower ? Swift.min(a, b) : Swift.max(a, b)
        }
        return SizeBounds(
            longest: pick(longest, other.longest),
            shortest: pick(shortest, other.shortest),
            width: pick(width, other.width),
            height: pick(height, other.height),
            pixels: pick(pixels, other.pixels)
        )
    }
}

extension MaxSize {
    /// The rule's limits as maximums (`each` bounds the longer side).
    var bounds: SizeBounds {
        let longest = [limits["longest"], limits["each"]].compactMap { $0 }.min()
        return SizeBounds(longest: longest, shortest: limits["shortest"], pixels: limits["pixels"])
    }
}

extension MinSize {
    /// The rule's limits as minimums (`each` bounds the shorter side).
    var bounds: SizeBounds {
        SizeBounds(longest: limits["longest"], shortest: limits["each"], width: limits["width"], height: limits["height"])
    }
}
