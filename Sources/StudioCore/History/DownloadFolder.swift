import CFileSystem
public import Foundation

/// The folder a download (or `check --fix`) writes into, and the only ways it writes there.
///
/// Each file is first a hidden temporary file, then renamed or hard-linked to a name that is free. No name is
/// ever replaced, and a name never holds a partial file, however the process ends.
///
/// Temporary files are named `.productstudio-<pid>-<random>.part`; those of a process that no longer runs
/// (one killed mid-download) are removed by the next download into the folder.
public struct DownloadFolder: Sendable {
    public let url: URL

    private static let prefix = ".productstudio-"
    private static let suffix = ".part"

    /// Creates the folder when missing.
    /// - Throws: ``AccountError/notAFolder(path:)``, ``AccountError/cannotWrite(path:code:)``.
    public init(_ url: URL) throws {
        self.url = url
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw AccountError.notAFolder(path: url.path) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw AccountError.cannotWrite(path: url.path, code: error.posixCode)
        }
    }

    /// Removes the temporary files of downloads whose process is gone.
    public func removeAbandonedTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where name.hasPrefix(Self.prefix) && name.hasSuffix(Self.suffix) {
            let fields = name.dropFirst(Self.prefix.count).split(separator: "-")
            guard let pid = fields.first.flatMap({ pid_t($0) }), pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(url.appendingPathComponent(name).path)
        }
    }

    /// Creates a new temporary file, open for writing.
    public func makeTemporaryFile() throws -> (URL, FileHandle) {
        while true {
            let name = Self.prefix + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))" + Self.suffix
            let file = url.appendingPathComponent(name)
            let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (file, FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)) }
            guard errno == EEXIST else { throw AccountError.cannotWrite(path: file.path, code: errno) }
        }
    }

    /// Gives the temporary file `file` the name `name` when no file has it: renames it without replacing, or,
    /// where the file system cannot, hard-links it and removes the temporary name.
    /// - Returns: false when the name is taken (nothing changed).
    /// - Throws: ``AccountError/cannotWrite(path:code:)`` for any other failure.
    public func place(_ file: URL, as name: String) throws -> Bool {
        let destination = url.appendingPathComponent(name)
        if cfilesystem_rename_noreplace(file.path, destination.path) == 0 { return true }
        if errno == EEXIST { return false }
        guard errno == EINVAL || errno == ENOSYS else {
            throw AccountError.cannotWrite(path: destination.path, code: errno)
        }
        guard link(file.path, destination.path) == 0 else {
            if errno == EEXIST { return false }
            throw AccountError.cannotWrite(path: destination.path, code: errno)
        }
        unlink(file.path)
        return true
    }
}
