import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores; results keep the order of the input.
    func parallelMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(input[index]), at: index)
        }
        return slots.values()
    }
}

/// Write-once result slots shared by the workers of ``Swift/Array/parallelMap(_:)``.
///
/// Each index is written by exactly one worker and read only after all workers finish,
/// so no two threads ever touch the same slot.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [Value] { storage.map { $0! } }
}
