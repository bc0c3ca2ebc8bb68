import StudioAssets

/// `ai-label`: a file made by generative AI says so: an IPTC `DigitalSourceType` of `trainedAlgorithmicMedia` or
/// `compositeWithTrainedAlgorithmicMedia` in its XMP, or, where `accept-c2pa` is true, a C2PA manifest.
///
/// Every checked file counts as made by AI unless the config says `generated: false`.
struct AILabelCheck: RuleCheck {
    static let id = RuleID.aiLabel
    static let media: Set<AssetKind> = [.image, .video]
    static let parameters = ["accept-c2pa"]
    static let labels = ["trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia"]

    let acceptsC2PA: Bool

    init?(_ entry: YAMLMapping) {
        acceptsC2PA = entry.bool("accept-c2pa") ?? false
    }

    var requirement: String {
        "the IPTC DigitalSourceType trainedAlgorithmicMedia" + (acceptsC2PA ? " or a C2PA manifest" : "")
    }

    var expected: JSONValue { .array((Self.labels + (acceptsC2PA ? ["c2pa"] : [])).map(JSONValue.string)) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let label = file.aiLabel else { return nil }
        if let type = label.digitalSourceType, Self.labels.contains(type) { return nil }
        if acceptsC2PA && label.c2pa { return nil }
        let command =
            "exiftool -XMP-iptcExt:DigitalSourceType=http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia FILE"
        return Violation(
            message:
                "the file does not say it was made by AI (\(label.digitalSourceType.map { "DigitalSourceType \($0)" } ?? "no DigitalSourceType")); "
                + "\(platform) wants \(requirement): label it, e.g. `\(command)`",
            actual: label.digitalSourceType.map(JSONValue.string) ?? .null
        )
    }
}
