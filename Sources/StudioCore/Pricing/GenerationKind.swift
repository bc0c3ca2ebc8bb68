/// The quality tiers of a generated product image; each has its own price.
public enum ImageQuality: String, CaseIterable, Codable, Sendable {
    /// Standard quality, the cheapest tier and the one to try first after a failure.
    case standard
    /// High definition.
    case hd
    /// The highest tier.
    case ultra
}

/// The lengths a generated product video can have, in seconds.
public enum VideoDuration: Int, CaseIterable, Codable, Sendable {
    /// A 5-second video.
    case fiveSeconds = 5
    /// A 10-second video.
    case tenSeconds = 10
}

/// One priced generation: a number of images at one quality, or one video of one length.
public enum GenerationKind: Hashable, Codable, Sendable {
    /// `count` images at `quality`; each image is charged.
    case images(ImageQuality, count: Int)
    /// One video of the given length.
    case video(VideoDuration)
}

extension GenerationKind {
    /// What generating one output of a task of this kind again means: one image at the task's quality, or
    /// the task's video.
    public var oneOutput: GenerationKind {
        switch self {
        case .images(let quality, _): .images(quality, count: 1)
        case .video: self
        }
    }
}
