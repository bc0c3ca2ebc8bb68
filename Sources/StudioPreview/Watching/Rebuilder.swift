import Foundation
import StudioSite

/// Keeps the served site current: waits for edits (``SourceWatcher``), rebuilds what they touched
/// (``LiveSite``) and publishes the outcome (``ServedSite``), on a thread of its own.
///
/// The live site is used on that thread only, after the first build on the thread that made the rebuilder.
final class Rebuilder: @unchecked Sendable {
    private let live: LiveSite
    private let watcher: SourceWatcher
    private let served: ServedSite
    private let report: PreviewServer.Report
    private let finished = DispatchSemaphore(value: 0)

    init(live: LiveSite, watcher: SourceWatcher, served: ServedSite, report: PreviewServer.Report) {
        self.live = live
        self.watcher = watcher
        self.served = served
        self.report = report
    }

    /// Builds the whole site once; returns whether it built.
    func buildFirst() -> Bool {
        rebuild(nil, first: true)
    }

    /// Starts waiting for edits and rebuilding, on a thread of its own.
    func start() {
        let thread = Thread { [self] in
            defer { finished.signal() }
            while true {
                switch watcher.nextBatch() {
                case .stopped: return
                case .overflow: _ = rebuild(nil, first: false)
                case .changed(let paths): _ = rebuild(paths, first: false)
                }
            }
        }
        thread.name = "productstudio serve: rebuilds"
        thread.start()
    }

    /// Stops waiting for edits and returns once the thread is done.
    func stop() {
        watcher.stop()
        finished.wait()
    }

    private func rebuild(_ changed: Set<String>?, first: Bool) -> Bool {
        let started = DispatchTime.now()
        do {
            let update = try live.rebuild(changed: changed)
            served.publish(update, site: live.site, describe: report.describe)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            report.rebuilt(update, first: first, milliseconds: milliseconds)
            return update.succeeded
        } catch {
            served.publish(failure: "error: \(error)")
            report.failed("error: \(error)")
            return false
        }
    }
}
