/// What each operation costs in credits, and what a new account starts with.
///
/// The one source of these numbers: the ledger charges them, and the help site's pricing
/// table is rendered from ``entries``. Get the product's schedule from ``PriceSchedule/current``.
///
/// ```swift
/// let cost = try PriceSchedule.current.cost(of: .images(.hd, count: 3))  // 60
/// ```
public struct PriceSchedule: Sendable, Equatable {
    /// Credits per image for each quality.
    public let imageCredits: [ImageQuality: Int]
    /// Credits per video for each length.
    ///
    /// The product shows these as approximate ("about").
    public let videoCredits: [VideoDuration: Int]
    /// Credits granted once when an account is opened.
    public let welcomeBalance: Int

    /// Creates a schedule; every quality and duration must have a positive price.
    public init(imageCredits: [ImageQuality: Int], videoCredits: [VideoDuration: Int], welcomeBalance: Int) {
        precondition(ImageQuality.allCases.allSatisfy { (imageCredits[$0] ?? 0) > 0 }, "every image quality needs a price")
        precondition(VideoDuration.allCases.allSatisfy { (videoCredits[$0] ?? 0) > 0 }, "every video length needs a price")
        precondition(welcomeBalance >= 0, "the welcome balance cannot be negative")
        self.imageCredits = imageCredits
        self.videoCredits = videoCredits
        self.welcomeBalance = welcomeBalance
    }

    /// The product's current schedule.
    public static let current = PriceSchedule(
        imageCredits: [.standard: 15, .hd: 20, .ultra: 30],
        videoCredits: [.fiveSeconds: 260, .tenSeconds: 460],
        welcomeBalance: 50
    )

    /// The credits a generation costs.
    /// - Throws: ``PricingError/invalidCount(_:)`` when an image count is zero or negative.
    public func cost(of kind: GenerationKind) throws(PricingError) -> Int {
        switch kind {
        case .images(let quality, let count):
            guard count > 0 else { throw .invalidCount(count) }
            let (total, overflow) = imageCredits[quality, default: 0].multipliedReportingOverflow(by: count)
            guard !overflow else { throw .invalidCount(count) }
            return total
        case .video(let duration):
            return videoCredits[duration, default: 0]
        }
    }
}

/// Why a price could not be given.
public enum PricingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An image count that is zero, negative or too large to price.
    case invalidCount(Int)

    public var description: String {
        switch self {
        case .invalidCount(let count): "the image count must be a positive number, not \(count)"
        }
    }
}
