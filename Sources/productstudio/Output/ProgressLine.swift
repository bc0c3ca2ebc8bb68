import Foundation
import StudioAssets

/// A "files read" line on stderr while `inspect` or `check` works, shown only on a terminal and only
/// once the work has taken more than a second; erased when done.
final class ProgressLine: @unchecked Sendable {
    private let progress: InspectProgress
    private let command: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private let finished = NSCondition()
    private var done = false
    private var shown = false
    private var thread: Thread?

    init(progress: InspectProgress, command: String) {
        self.progress = progress
        self.command = command
    }

    func start() {
        guard enabled else { return }
        let thread = Thread { [self] in run() }
        self.thread = thread
        thread.start()
    }

    func stop() {
        guard enabled else { return }
        finished.lock()
        done = true
        finished.signal()
        while thread != nil { finished.wait() }
        finished.unlock()
    }

    private func run() {
        finished.lock()
        var deadline = Date(timeIntervalSinceNow: 1)
        while !done {
            if !finished.wait(until: deadline), !done {
                write("\r\(command): \(progress.completed)/\(progress.total) files")
                shown = true
                deadline = Date(timeIntervalSinceNow: 0.1)
            }
        }
        if shown { write("\r\u{1B}[K") }
        thread = nil
        finished.signal()
        finished.unlock()
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
