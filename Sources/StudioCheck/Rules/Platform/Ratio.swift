import StudioAssets

/// `ratio`: width / height equals `equals` (`1:1`), or lies between `min` and `max` (`4:5` … `1.91:1`),
/// with 1 % slack: `|w/h − r| / r ≤ 0.01`, and the same slack at each end of a range.
struct Ratio: RuleCheck {
    static let id = RuleID.ratio
    static let media: Set<AssetKind> = [.image, .video]
    static let parameters = ["equals", "min", "max"]
    static let slack = 0.01
    /// Room for the rounding of the division itself, so that exactly 1 % off passes (2222 / 2200 is 1.0100000000000000089).
    private static let rounding = 1e-9

    /// A ratio as written (`1.91:1`) and its value.
    struct Value: Sendable {
        let text: String
        let value: Double

        init?(_ text: String) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]), width > 0, height > 0,
                width.isFinite, height.isFinite
            else { return nil }
            self.text = text
            value = width / height
        }
    }

    let equals: Value?
    let min: Value?
    let max: Value?

    init?(_ entry: YAMLMapping) {
        func read(_ key: String) -> Value?? {
            guard let text = entry.string(key) else { return .some(nil) }
            guard let value = Value(text) else {
                entry.fail(key: key, "'\(key)' must be a ratio written WIDTH:HEIGHT, such as 1:1 or 1.91:1, not '\(text)'")
                return nil
            }
            return value
        }
        guard let equals = read("equals"), let min = read("min"), let max = read("max") else { return nil }
        guard (equals != nil) != (min != nil || max != nil) else {
            entry.fail(entry.node, "'ratio' needs either 'equals' or a range ('min', 'max', or both)")
            return nil
        }
        if let min, let max, min.value > max.value {
            entry.fail(key: "min", "'min' (\(min.text)) is wider than 'max' (\(max.text))")
            return nil
        }
        (self.equals, self.min, self.max) = (equals, min, max)
    }

    var requirement: String {
        if let equals { return equals.text }
        switch (min, max) {
        case let (min?, max?): return "between \(min.text) and \(max.text)"
        case let (min?, nil): return "at least \(min.text)"
        case let (nil, max?): return "at most \(max.text)"
        case (nil, nil): return ""
        }
    }

    var expected: JSONValue {
        .object([("equals", equals), ("min", min), ("max", max)].compactMap { key, value in value.map { (key, .string($0.text)) } })
    }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let size = Dimensions(file) else { return nil }
        let ratio = Double(size.width) / Double(size.height)
        var passes = true
        if let equals { passes = abs(ratio - equals.value) / equals.value <= Self.slack + Self.rounding }
        if let min, ratio < min.value * (1 - Self.slack) - Self.rounding { passes = false }
        if let max, ratio > max.value * (1 + Self.slack) + Self.rounding { passes = false }
        guard !passes else { return nil }
        let fix = equals != nil ? "pad or crop it to that shape" : "pad or crop it into that range"
        return Violation(
            message: "ratio \(size.text) (\(Wording.trimmed(ratio)):1); \(platform) wants \(requirement): \(fix)",
            actual: .number(ratio)
        )
    }
}
