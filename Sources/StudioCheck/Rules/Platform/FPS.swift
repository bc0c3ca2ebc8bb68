import StudioAssets

/// `fps`: the video's frame rate is at least `min` and at most `max` frames per second.
struct FPS: RuleCheck {
    static let id = RuleID.fps
    static let media: Set<AssetKind> = [.video]
    static let parameters = ["min", "max"]

    let min: Double?
    let max: Double?

    init?(_ entry: YAMLMapping) {
        (min, max) = (entry.double("min"), entry.double("max"))
        guard min != nil || max != nil else {
            entry.fail(entry.node, "'fps' needs 'min', 'max' or both, in frames per second")
            return nil
        }
    }

    var requirement: String {
        switch (min, max) {
        case let (min?, max?): "\(Wording.trimmed(min)) to \(Wording.trimmed(max)) fps"
        case let (min?, nil): "at least \(Wording.trimmed(min)) fps"
        case let (nil, max?): "at most \(Wording.trimmed(max)) fps"
        case (nil, nil): ""
        }
    }

    var expected: JSONValue {
        .object([("min", min), ("max", max)].compactMap { key, value in value.map { (key, .number($0)) } })
    }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let fps = file.video?.fps else { return nil }
        guard (min.map { fps < $0 } ?? false) || (max.map { fps > $0 } ?? false) else { return nil }
        return Violation(
            message: "the video runs at \(Wording.trimmed(fps)) fps; \(platform) wants \(requirement): re-export it at 30 fps",
            actual: .number(fps)
        )
    }
}
