import Foundation

/// A deterministic random number generator (SplitMix64): the same seed gives the same choices on every run.
public struct SeededGenerator: RandomNumberGenerator {
    /// The seed this generator started from.
    public let seed: UInt64
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator seeded from `$PRODUCTSTUDIO_TEST_SEED` when set, else at random.
    ///
    /// For a test whose random choices (such as when to kill a process) must be replayable after a failure;
    /// print ``replay`` with its results.
    /// - Returns: the seeded generator.
    /// - Throws: ``InvalidSeed`` when the variable is not a decimal `UInt64`.
    public static func replayable() throws -> SeededGenerator {
        guard let text = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_TEST_SEED"] else {
            return SeededGenerator(seed: UInt64.random(in: .min ... .max))
        }
        guard let seed = UInt64(text) else { throw InvalidSeed(text: text) }
        return SeededGenerator(seed: seed)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// How to replay this run, for expectation messages.
    public var replay: String { "seed \(seed); replay with PRODUCTSTUDIO_TEST_SEED=\(seed)" }

    /// `$PRODUCTSTUDIO_TEST_SEED` is not a number.
    public struct InvalidSeed: Error, CustomStringConvertible {
        public let text: String
        public var description: String { "PRODUCTSTUDIO_TEST_SEED must be a decimal number from 0 to \(UInt64.max), not '\(text)'" }
    }
}
