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

extension GenerationOutput {
    /// `  1  <sha256>  412345 bytes  /renders/1.png`, as `history complete` and `history show` list outputs.
    var line: String { "  \(position)  \(sha256)  \(bytes) bytes  \(path.visible)" }
}
