import Foundation
import StudioConcurrency

#if canImport(Glibc)
import Glibc
#endif

/// File-system writes for the build's staging folder, straight through POSIX.
///
/// Foundation's `Data.write` flushes every file to disk, which costs more than rendering a page;
/// the staging folder is swapped in as a whole, so it needs no per-file flush. A file whose bytes
/// are already right is not written again. A path holding a NUL byte is refused: POSIX would read it
/// only up to that byte, which names another file.
enum FileWriter {
    /// Creates each folder and its parents, each once and parents first; an existing folder is fine.
    static func createFolders(_ paths: Set<String>, in root: URL) throws(BuildError) {
        try makeFolder(root.path)
        var all: Set<String> = []
        for path in paths {
            var folder = Substring(path)
            while folder.hasSuffix("/") { folder = folder.dropLast() }
            while !folder.isEmpty, all.insert(String(folder)).inserted {
                folder = folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)]
            }
        }
        for folder in all.sorted() { try makeFolder(root.path + "/" + folder) }
    }

    /// Creates one folder whose parent exists; an existing folder is fine, a file in the way is replaced.
    static func makeFolder(_ path: String) throws(BuildError) {
        guard !path.utf8.contains(0) else { throw .fileSystem(.createFolder, path: path, code: EINVAL) }
        if mkdir(path, 0o755) == 0 { return }
        guard errno == EEXIST else { throw .fileSystem(.createFolder, path: path, code: errno) }
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return }
        unlink(path)
        if mkdir(path, 0o755) != 0 { throw .fileSystem(.createFolder, path: path, code: errno) }
    }

    /// Writes `text` to a file in a folder that exists, unless the file already holds exactly these bytes.
    static func write(_ text: String, to url: URL) throws(BuildError) {
        try write(text, toPath: url.path)
    }

    /// Writes `text` to the file at `path`, in a folder that exists, unless it already holds exactly these bytes.
    static func write(_ text: String, toPath path: String) throws(BuildError) {
        var text = text
        if let code = text.withUTF8({ write(UnsafeRawBufferPointer($0), to: path) }) {
            throw .fileSystem(.write, path: path, code: code)
        }
    }

    /// Writes `data` to a file in a folder that exists, unless the file already holds exactly these bytes.
    static func write(_ data: Data, toPath path: String) throws(BuildError) {
        if let code = data.withUnsafeBytes({ write($0, to: path) }) {
            throw .fileSystem(.write, path: path, code: code)
        }
    }

    /// Writes the bytes; returns the error number of what went wrong, or nil.
    ///
    /// The file is opened with `O_NOFOLLOW`: whatever stands at the path that is not a regular file (a
    /// folder, or a symbolic link planted in the output) is removed first, never written through.
    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Int32? {
        guard !path.utf8.contains(0) else { return EINVAL }
        if holds(bytes, at: path) { return nil }
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0 && (errno == EISDIR || errno == ELOOP) {
            removeTree(atPath: path)
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Whether the regular file at `path` (not a link to one) holds exactly `bytes`.
    private static func holds(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count else {
            return false
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        defer { existing.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let count = read(descriptor, existing.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return bytes.count == 0 || memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    /// Removes everything under `root` that is neither one of `files` nor one of `folders` (paths
    /// relative to `root`).
    ///
    /// Hidden entries at the top of `root` are left alone. The kept top-level folders are walked on all
    /// cores.
    static func removeEntries(in root: URL, except files: Set<String>, folders: Set<String>) {
        let kept = visit(root.path, relative: "", isTop: true, files: files, folders: folders)
        _ = kept.parallelMap { relative in
            visit(root.path + "/" + relative, relative: relative, isTop: false, files: files, folders: folders)
        }
    }

    /// Removes the unwanted entries of one folder, walking into the kept folders below it unless it
    /// is the top, whose kept folders it returns for the caller to walk.
    @discardableResult
    private static func visit(_ base: String, relative: String, isTop: Bool, files: Set<String>, folders: Set<String>) -> [String] {
        guard let folder = opendir(base) else { return [] }
        defer { closedir(folder) }
        var kept: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || (isTop && name.hasPrefix(".")) { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder(entry.pointee.d_type, at: base + "/" + name) {
                if !folders.contains(path) {
                    removeTree(atPath: base + "/" + name)
                } else if isTop {
                    kept.append(path)
                } else {
                    visit(base + "/" + name, relative: path, isTop: false, files: files, folders: folders)
                }
            } else if !files.contains(path) {
                unlink(base + "/" + name)
            }
        }
        return kept
    }

    /// Whether a directory entry is a folder, asking the file system when `readdir` does not say.
    private static func isFolder(_ type: UInt8, at path: String) -> Bool {
        guard type == UInt8(DT_UNKNOWN) else { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Removes a folder and everything in it, without following links.
    static func removeTree(atPath path: String) {
        var info = stat()
        guard !path.utf8.contains(0), lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        if let folder = opendir(path) {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { removeTree(atPath: path + "/" + name) }
            }
            closedir(folder)
        }
        rmdir(path)
    }
}
