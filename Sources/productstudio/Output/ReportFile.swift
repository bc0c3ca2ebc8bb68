import ArgumentParser
import Foundation

/// Writes a report to `--output`: never over an existing file, never half-written.
///
/// The text goes to a temporary file in the target's folder, which is flushed and then linked to the
/// target's name with `link(2)`, which fails rather than replace anything; the temporary name is removed.
enum ReportFile {
    /// Why the report could not be written.
    enum Failure: CommandLineError {
        /// A file of that name appeared while the report was being made; it was kept.
        case appeared(path: String)
        /// Writing failed with the C library's error number `code`.
        case cannotWrite(path: String, code: Int32)

        /// The output was the user's choice, so failing to write it is a usage error.
        var exitStatus: Int32 { ExitStatus.usage }

        var description: String {
            switch self {
            case .appeared(let path): "\(path): appeared while the check ran; not replaced"
            case .cannotWrite(let path, let code): "\(path): cannot write: \(String(cString: strerror(code)))"
            }
        }
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
        guard descriptor >= 0 else { throw Failure.cannotWrite(path: path, code: errno) }
        defer { unlink(temporary) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let code = errno
                close(descriptor)
                throw Failure.cannotWrite(path: path, code: code)
            }
            offset += written
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw Failure.cannotWrite(path: path, code: errno) }
        guard link(temporary, path) == 0 else {
            throw errno == EEXIST ? Failure.appeared(path: path) : Failure.cannotWrite(path: path, code: errno)
        }
    }
}
