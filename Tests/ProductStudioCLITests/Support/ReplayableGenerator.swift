import Foundation

/// A random number generator whose seed is printed and can be given back through `$PRODUCTSTUDIO_TEST_SEED`,
/// so a test that makes random choices (such as when to kill a process) can replay a failing run.
///
/// A 64-bit linear congruential generator (Knuth's MMIX constants) with its high bits folded in: plenty for
/// picking delays. Temporary: StudioAssetsTests has `SeededGenerator`, which is to move into a test-support
/// target shared by every test target; this type goes away then.
struct ReplayableGenerator: RandomNumberGenerator {
    /// The seed this run started from.
    let seed: UInt64
    private var state: UInt64

    /// Seeds from `$PRODUCTSTUDIO_TEST_SEED` when set, else at random.
    /// - Throws: ``InvalidSeed`` when the variable is not a decimal `UInt64`.
    init() throws {
        if let text = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_TEST_SEED"] {
            guard let seed = UInt64(text) else { throw InvalidSeed(text: text) }
            self.seed = seed
        } else {
            seed = UInt64.random(in: .min ... .max)
        }
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }

    /// How to replay this run, for expectation messages.
    var replay: String { "seed \(seed); replay with PRODUCTSTUDIO_TEST_SEED=\(seed)" }

    /// `$PRODUCTSTUDIO_TEST_SEED` is not a number.
    struct InvalidSeed: Error, CustomStringConvertible {
        let text: String
        var description: String { "PRODUCTSTUDIO_TEST_SEED must be a decimal number from 0 to \(UInt64.max), not '\(text)'" }
    }
}
