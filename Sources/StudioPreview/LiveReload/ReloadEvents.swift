import Foundation
import Synchronization

/// The Server-Sent Events stream of rebuilds: every open page holds one, and each rebuild that changed the
/// site (or its errors) is sent to all of them as a `site` event.
///
/// An event's data is JSON: `generation` (the site's version, counting rebuilds that changed something),
/// `previous` (the version it follows) and `stylesheets` (old path → new path, when only stylesheets changed).
final class ReloadEvents: Sendable {
    private struct Listeners {
        var next = 0
        var continuations: [Int: AsyncStream<String>.Continuation] = [:]
        var closed = false
    }

    private let listeners = Mutex(Listeners())

    /// A new listener's stream, starting with `first`; it ends when the events close or the listener goes.
    func listen(first: String) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        continuation.yield(first)
        let id = listeners.withLock { listeners -> Int? in
            guard !listeners.closed else { return nil }
            listeners.next += 1
            listeners.continuations[listeners.next] = continuation
            return listeners.next
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.continuations.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends an event to every listener.
    func send(_ event: String) {
        for continuation in listeners.withLock({ Array($0.continuations.values) }) { continuation.yield(event) }
    }

    /// Ends every stream, and every later one at once, so the server can stop.
    func close() {
        let open = listeners.withLock { listeners in
            listeners.closed = true
            defer { listeners.continuations = [:] }
            return Array(listeners.continuations.values)
        }
        for continuation in open { continuation.finish() }
    }

    /// A `site` event in the wire format.
    static func siteEvent(generation: Int, previous: Int, stylesheets: [String: String]) -> String {
        let swaps = stylesheets.sorted { $0.key < $1.key }.map { "\(json($0.key)):\(json($0.value))" }.joined(separator: ",")
        return "event: site\ndata: {\"generation\":\(generation),\"previous\":\(previous),\"stylesheets\":{\(swaps)}}\n\n"
    }

    /// A JSON string; site paths hold no control characters, so quotes and backslashes are all to escape.
    private static func json(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
