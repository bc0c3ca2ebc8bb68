#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX read-write lock: many readers at once, or one writer alone.
///
/// A waiting writer goes first (glibc's writer-preferring kind), so readers that keep overlapping
/// cannot hold it off for ever.
final class ReadWriteLock: @unchecked Sendable {
    private let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)

    init() {
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        #if canImport(Glibc)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        #endif
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// Takes the lock shared with other readers.
    func lockShared() { pthread_rwlock_rdlock(lock) }

    /// Takes the lock alone, once every reader and writer has let go.
    func lockExclusive() { pthread_rwlock_wrlock(lock) }

    /// Lets go of the lock taken by ``lockShared()`` or ``lockExclusive()``.
    func unlock() { pthread_rwlock_unlock(lock) }
}
