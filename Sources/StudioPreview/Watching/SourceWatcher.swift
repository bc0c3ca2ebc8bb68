#if canImport(Glibc)
import Glibc
#endif

/// Watches `content/` and `templates/` through inotify and hands over each edit as one batch of paths.
///
/// Every folder below them is watched, and folders that appear are watched as they appear. The thread
/// that waits blocks in `poll`, so an idle watcher costs no CPU. A batch is handed over once the
/// folders have been quiet for a moment, so that each way editors save a file is one batch: writing in
/// place, writing a temporary file and renaming it over the old one (vim, JetBrains IDEs), deleting and
/// creating. A file written but not yet closed holds the batch back (up to half a second), so a slow write
/// is never read half done. Hidden files and folders (swap files, `.git`) are ignored, as the builder
/// ignores them.
final class SourceWatcher: @unchecked Sendable {
    /// What waiting for edits gave.
    enum Batch: Equatable {
        /// Paths relative to the source folder that changed: files, and folders that came or went.
        case changed(Set<String>)
        /// The kernel dropped events (its queue overflowed): anything may have changed.
        case overflow
        /// ``stop()`` was called.
        case stopped
    }

    /// How long the folders must stay quiet before a batch is handed over.
    static let quiet = 10
    /// The same after something was deleted or renamed away, as the first half of a delete-then-create or a rename.
    static let quietAfterRemoval = 50
    /// The longest a file written but not closed holds a batch back.
    static let openWriteLimit = 500

    private let source: String
    private let inotify: Int32
    /// A pipe that ``stop()`` writes to, to wake the waiting thread: its reading and writing ends.
    private let wake: (read: Int32, write: Int32)
    /// The watched folder of each watch descriptor, relative to the source folder.
    private var folders: [Int32: String] = [:]

    private static let mask: UInt32 =
        UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK)

    /// Starts watching `folders` (relative to `source`) and every folder below them.
    /// - Throws: ``PreviewError/watch(_:path:)`` when inotify cannot be set up.
    init(source: String, folders watched: [String]) throws(PreviewError) {
        self.source = source
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw .watch(path: source, code: errno) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw .watch(path: source, code: errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        wake = (ends[0], ends[1])
        for folder in watched { try watchTree(folder) }
    }

    deinit {
        close(inotify)
        close(wake.read)
        close(wake.write)
    }

    /// Wakes a thread waiting in ``nextBatch()``, which then returns ``Batch/stopped``.
    func stop() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Blocks until edits have settled into a batch, the kernel's queue overflowed, or ``stop()`` is called.
    func nextBatch() -> Batch {
        var changed: Set<String> = []
        var openWrites: Set<String> = []
        var removed: Set<String> = []
        var settleAt = 0
        var firstAt = 0
        while true {
            let now = Self.milliseconds()
            var timeout: Int32 = -1
            if !changed.isEmpty {
                let holdUntil = openWrites.isEmpty ? settleAt : min(max(settleAt, now + Self.quiet), firstAt + Self.openWriteLimit)
                if now >= holdUntil { return .changed(changed) }
                timeout = Int32(holdUntil - now)
            }
            var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, timeout)
            if ready < 0 && errno == EINTR { continue }
            if descriptors[1].revents != 0 { return .stopped }
            guard ready > 0 else { continue }
            guard let events = readEvents() else { return .overflow }
            for event in events {
                if firstAt == 0 { firstAt = Self.milliseconds() }
                changed.insert(event.path)
                if event.mask & UInt32(IN_MODIFY) != 0 { openWrites.insert(event.path) }
                if event.mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) != 0 { openWrites.remove(event.path) }
                if event.mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 { removed.insert(event.path) }
                if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { removed.remove(event.path) }
            }
            settleAt = Self.milliseconds() + (removed.isEmpty ? Self.quiet : Self.quietAfterRemoval)
        }
    }

    /// One event, with the path it names relative to the source folder.
    private struct Event {
        let path: String
        let mask: UInt32
    }

    /// Reads the queued events, watching new folders as they appear; nil when the queue overflowed.
    private func readEvents() -> [Event]? {
        var events: [Event] = []
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(inotify, buffer, size)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return events }
            var offset = 0
            while offset < count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                let name =
                    nameLength == 0
                    ? "" : String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                offset += MemoryLayout<inotify_event>.size + nameLength
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    folders[event.wd] = nil
                    continue
                }
                guard let folder = folders[event.wd], !name.hasPrefix(".") else { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    try? watchTree(path)
                }
                events.append(Event(path: path, mask: event.mask))
            }
        }
    }

    /// Watches a folder and every folder below it but hidden ones.
    private func watchTree(_ folder: String) throws(PreviewError) {
        let full = source + "/" + folder
        let descriptor = inotify_add_watch(inotify, full, Self.mask)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return }
            throw .watch(path: full, code: errno)
        }
        folders[descriptor] = folder
        guard let listing = opendir(full) else { return }
        defer { closedir(listing) }
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix("."), entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            try watchTree(folder + "/" + name)
        }
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

}
