import StudioCore

extension GenerationKind {
    /// `3 × hd` or `5s`, as listings show it.
    var summary: String {
        switch self {
        case .images(let quality, let count): "\(count) × \(quality.rawValue)"
        case .video(let duration): "\(duration.rawValue)s"
        }
    }

    /// The quality, count and duration cells of a CSV row, empty where they do not apply.
    var columns: (quality: String, count: String, duration: String) {
        switch self {
        case .images(let quality, let count): (quality.rawValue, "\(count)", "")
        case .video(let duration): ("", "", "\(duration.rawValue)")
        }
    }
}
