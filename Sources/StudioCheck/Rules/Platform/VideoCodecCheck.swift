import StudioAssets

/// `video-codec`: the first video stream's codec (as FFmpeg names it) is one the platform accepts.
struct VideoCodecCheck: RuleCheck {
    static let id = RuleID.videoCodec
    static let media: Set<AssetKind> = [.video]
    static let parameters = ["allow"]

    let allow: [String]

    init?(_ entry: YAMLMapping) {
        guard let items = entry.strings("allow"), !items.isEmpty else {
            entry.fail(key: "allow", "'video-codec' needs 'allow', the list of accepted codecs (h264, hevc, vp9, av1, …)")
            return nil
        }
        allow = items.map(\.value)
    }

    var requirement: String { Wording.list(allow) }
    var expected: JSONValue { .array(allow.map(JSONValue.string)) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let codec = file.video?.videoCodec, !allow.contains(codec) else { return nil }
        let names = ["h264": "H.264", "hevc": "HEVC (H.265)", "vp9": "VP9", "av1": "AV1"]
        let target = names[allow.first ?? "h264"] ?? allow.first ?? "H.264"
        return Violation(
            message: "the video codec is \(codec); \(platform) accepts \(requirement): re-encode it with \(target)",
            actual: .string(codec)
        )
    }
}
