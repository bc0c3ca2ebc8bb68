import Synchronization

/// How far an ``AssetInspector/inspect(_:progress:)`` run is; safe to read from another thread.
public final class InspectProgress: Sendable {
    private let completedCount = Atomic<Int>(0)
    private let totalCount = Atomic<Int>(0)

    /// Creates a tracker at zero.
    public init() {}

    /// Files read so far.
    public var completed: Int { completedCount.load(ordering: .relaxed) }
    /// Files to read (known once the folders are walked).
    public var total: Int { totalCount.load(ordering: .relaxed) }

    /// Sets the number of files to read.
    public func start(total: Int) { totalCount.store(total, ordering: .relaxed) }
    /// Counts one more file read.
    public func advance() { completedCount.add(1, ordering: .relaxed) }
}
