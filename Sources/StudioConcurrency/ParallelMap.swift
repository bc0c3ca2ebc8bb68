import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores; results keep the order of the input.
    public func parallelMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
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
/// Each index is written by exactly one worker and read only after all workers finish. The slots are
/// raw memory, not an `Array`: concurrent writes to one `Array` variable, even to different
/// elements, race on the array itself (its uniqueness check and copy-on-write).
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) { storage[index] = value }

    func values() -> [Value] { storage.map { $0! } }
}
