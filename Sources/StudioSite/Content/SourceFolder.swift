#if canImport(Glibc)
import Glibc
#endif

/// The regular files of one source folder (`content/` or `templates/`), listed with `readdir` in byte order.
///
/// Hidden files and folders (which include `._*` AppleDouble files) are skipped. A symbolic link is taken
/// in as the file it points to when that is a regular file inside the site's source folder, so a link can
/// never publish `/proc/self/environ`, `/etc/passwd` or a page from elsewhere. A link that leaves the
/// source folder, a dangling link and a name that is not UTF-8 or holds a control character are errors; a
/// link to a folder (a site is one tree, and a link could make it loop) and anything that is not a regular
/// file (a socket, a FIFO) are skipped with a warning.
struct SourceFolder: Sendable {
    /// The regular files, relative to the folder, with `/` separators.
    private(set) var files: [String] = []
    /// What was not taken in, and why.
    private(set) var findings: [Finding] = []
    /// The symbolic links taken in: the link's path (as in ``files``) → the path of the file it leads to,
    /// relative to the site's source folder (`content/a.md`), so an edit of that file reaches the link too.
    private(set) var links: [String: String] = [:]

    /// An entry that was not taken in.
    struct Finding: Sendable {
        /// The entry relative to the folder; bytes that are not UTF-8 or are control characters shown as U+FFFD.
        let path: String
        let message: String
        /// Whether the build fails for it; otherwise it is a warning.
        let isError: Bool
    }

    /// - Parameters:
    ///   - folder: the folder to list.
    ///   - sourceRoot: the site's source folder, which links must stay inside.
    /// - Throws: ``BuildError/fileSystem(_:path:code:)`` when `folder` itself cannot be listed.
    init(folder: String, sourceRoot: String) throws(BuildError) {
        guard let top = opendir(folder) else {
            throw .fileSystem(.listFolder, path: folder, code: errno)
        }
        let root = Self.realPath(sourceRoot) ?? sourceRoot
        list(top, at: folder, relative: "", root: root)
        files.sort()
        findings.sort { $0.path < $1.path }
    }

    /// Whether `path` is one of ``files`` (a binary search: they are sorted).
    func contains(_ path: Substring) -> Bool {
        var (low, high) = (0, files.count)
        while low < high {
            let middle = (low + high) / 2
            if files[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low] == path
    }

    /// The findings as diagnostics, at `prefix` + path (`content/`, `templates/`).
    func report(into diagnostics: inout DiagnosticList, prefix: String) {
        for finding in findings {
            let location = SourceLocation(file: prefix + finding.path)
            if finding.isError {
                diagnostics.error(location, finding.message)
            } else {
                diagnostics.warning(location, finding.message)
            }
        }
    }

    /// Takes in the entries of an open folder, then closes it.
    private mutating func list(_ directory: OpaquePointer, at folder: String, relative: String, root: String) {
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            let shown = relative + String(decoding: bytes.map { $0 < 0x20 || $0 == 0x7F ? 0xFF : $0 }, as: UTF8.self)
            guard let name = String(validating: bytes, as: UTF8.self) else {
                findings.append(Finding(path: shown, message: "the file name is not valid UTF-8", isError: true))
                continue
            }
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) else {
                findings.append(Finding(path: shown, message: "the file name holds a control character", isError: true))
                continue
            }
            let path = relative + name
            let full = folder + "/" + name
            switch Self.kind(of: entry.pointee.d_type, at: full) {
            case .folder:
                guard let child = opendir(full) else {
                    findings.append(Finding(path: path, message: "cannot list the folder: \(String(cString: strerror(errno)))", isError: true))
                    continue
                }
                list(child, at: full, relative: path + "/", root: root)
            case .file: files.append(path)
            case .link: takeLink(full, as: path, root: root)
            case .other: findings.append(Finding(path: path, message: "is not a regular file; skipped", isError: false))
            }
        }
    }

    /// Takes in a symbolic link as the regular file it points to, when that is inside `root`.
    private mutating func takeLink(_ full: String, as path: String, root: String) {
        let target = Self.linkText(full)
        guard let resolved = Self.realPath(full) else {
            findings.append(Finding(path: path, message: "is a symbolic link to '\(target)', which does not exist", isError: true))
            return
        }
        guard resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/") else {
            findings.append(
                Finding(path: path, message: "is a symbolic link to '\(target)', outside the site's source folder", isError: true)
            )
            return
        }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            files.append(path)
            links[path] = resolved == root ? "" : String(resolved.dropFirst(root == "/" ? 1 : root.count + 1))
        case S_IFDIR:
            findings.append(Finding(path: path, message: "is a symbolic link to a folder; links to folders are not followed", isError: false))
        default: findings.append(Finding(path: path, message: "is not a regular file; skipped", isError: false))
        }
    }

    private enum Kind { case folder, file, link, other }

    /// What a directory entry is, asking the file system only when `readdir` does not say.
    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN): break
        default: return .other
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The absolute path with every link resolved, or nil when it does not lead to an existing entry.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a symbolic link says, as written.
    private static func linkText(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
