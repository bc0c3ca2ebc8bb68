import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Runs an action once on SIGINT (Ctrl-C) or SIGTERM, in place of the default of ending the process.
final class StopSignals: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private let signalled = Mutex(false)

    /// Whether a signal came.
    var fired: Bool { signalled.withLock { $0 } }

    init(_ action: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                let first = signalled.withLock { fired in
                    defer { fired = true }
                    return !fired
                }
                if first { action() }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops listening and gives the signals back their default.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
