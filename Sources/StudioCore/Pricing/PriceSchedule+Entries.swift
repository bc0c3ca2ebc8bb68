/// One row of the price schedule as people read it: "HD image, 20 credits per image".
public struct PriceEntry: Sendable, Equatable, Codable {
    /// A stable identifier, such as `image-hd` or `video-5s`.
    public let id: String
    /// What is priced, such as "HD image".
    public let operation: String
    /// The number of credits.
    public let credits: Int
    /// How the product states the price, such as "20 credits per image" or "About 260 credits".
    public let usage: String
}

extension PriceSchedule {
    /// Every price in the order the product lists them: images by quality, videos by length,
    /// then the welcome balance.
    public var entries: [PriceEntry] {
        let images = ImageQuality.allCases.map { quality in
            let credits = imageCredits[quality, default: 0]
            return PriceEntry(
                id: "image-\(quality.rawValue)",
                operation: "\(quality.displayName) image",
                credits: credits,
                usage: "\(credits) credits per image"
            )
        }
        let videos = VideoDuration.allCases.map { duration in
            let credits = videoCredits[duration, default: 0]
            return PriceEntry(
                id: "video-\(duration.rawValue)s",
                operation: "\(duration.rawValue)-second video",
                credits: credits,
                usage: "About \(credits) credits"
            )
        }
        let welcome = PriceEntry(
            id: "welcome",
            operation: "New user welcome balance",
            credits: welcomeBalance,
            usage: "\(welcomeBalance) credits"
        )
        return images + videos + [welcome]
    }
}

extension ImageQuality {
    /// The name the product uses for the tier.
    public var displayName: String {
        switch self {
        case .standard: "Standard"
        case .hd: "HD"
        case .ultra: "Ultra"
        }
    }
}
