public import Foundation

/// Where StudioCore reads "now": the date of new accounts, transactions and tasks, and the "today" of file names.
///
/// Production code uses ``system``; tests and scripted runs pin the time with ``fixed(_:)``
/// so listings and download names are reproducible.
public struct StudioClock: Sendable {
    /// Returns the current time.
    public let now: @Sendable () -> Date

    /// Creates a clock from a function that returns the current time.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The machine's clock.
    public static let system = StudioClock { Date() }

    /// A clock that always returns `date`.
    public static func fixed(_ date: Date) -> StudioClock {
        StudioClock { date }
    }
}
