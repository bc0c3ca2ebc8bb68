import StudioAssets

/// `duration`: the video lasts at least `min` and at most `max` seconds, or less than `less-than`.
struct Duration: RuleCheck {
    static let id = RuleID.duration
    static let media: Set<AssetKind> = [.video]
    static let parameters = ["min", "max", "less-than"]

    let min: Double?
    let max: Double?
    let lessThan: Double?

    init?(_ entry: YAMLMapping) {
        (min, max, lessThan) = (entry.double("min"), entry.double("max"), entry.double("less-than"))
        guard min != nil || max != nil || lessThan != nil else {
            entry.fail(entry.node, "'duration' needs 'min', 'max' or 'less-than', in seconds")
            return nil
        }
    }

    var requirement: String {
        var parts: [String] = []
        if let min { parts.append("at least \(Wording.trimmed(min)) s") }
        if let max { parts.append("at most \(Wording.trimmed(max)) s") }
        if let lessThan { parts.append("under \(Wording.trimmed(lessThan)) s") }
        return parts.joined(separator: " and ")
    }

    var expected: JSONValue {
        .object([("min", min), ("max", max), ("lessThan", lessThan)].compactMap { key, value in value.map { (key, .number($0)) } })
    }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let seconds = file.video?.durationSeconds else { return nil }
        let tooShort = min.map { seconds < $0 } ?? false
        let tooLong = (max.map { seconds > $0 } ?? false) || (lessThan.map { seconds >= $0 } ?? false)
        guard tooShort || tooLong else { return nil }
        return Violation(
            message: "the video lasts \(Wording.trimmed(seconds)) s; \(platform) wants \(requirement): "
                + (tooShort ? "make a longer video" : "trim it"),
            actual: .number(seconds)
        )
    }
}
