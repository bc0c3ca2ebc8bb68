public import Foundation

/// Where the ledger reads "now" when it dates accounts, transactions and tasks.
///
/// Production code uses ``system``; tests and scripted runs pin the time with ``fixed(_:)``
/// so listings and download names are reproducible.
public struct LedgerClock: Sendable {
    /// Returns the current time.
    public let now: @Sendable () -> Date

    /// Creates a clock from a function that returns the current time.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The machine's clock.
    public static let system = LedgerClock { Date() }

    /// A clock that always returns `date`.
    public static func fixed(_ date: Date) -> LedgerClock {
        LedgerClock { date }
    }
}
