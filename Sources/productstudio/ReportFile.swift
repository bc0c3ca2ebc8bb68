import ArgumentParser
import Foundation

/// Writes a report to `--output`: never over an existing file, never half-written.
///
/// The text goes to a temporary file in the target's folder, which is flushed and then linked to the
/// target's name with `link(2)`, which fails rather than replace anything; the temporary name is removed.
enum ReportFile {
    /// Why the report could not be written.
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Refuses, as a usage error, an output that exists or whose folder is missing or not writable.
    static func requireWritable(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            throw ValidationError("\(path) already exists; the report is never written over a file (remove it or choose another --output).")
        }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        guard access(folder, W_OK) == 0 else {
            throw ValidationError("--output \(path): cannot write into \(folder) (\(String(cString: strerror(errno)))).")
        }
    }

    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
        defer { unlink(temporary) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw Failure(path: path, reason: "cannot write: \(reason)")
            }
            offset += written
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw Failure(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
        guard link(temporary, path) == 0 else {
            throw Failure(path: path, reason: errno == EEXIST ? "appeared while the check ran; not replaced" : "cannot write: \(String(cString: strerror(errno)))")
        }
    }
}
