#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of `content/`, sorted and sorted into kinds.
///
/// Hidden files and folders (which include `._*` AppleDouble files) are skipped, and so are links to
/// folders (a site is one tree; a link cannot make it loop). `content/data/*.yml` files are data sets,
/// `.md` files are pages, and every other file (or link to one) is copied into the site as it is.
struct ContentInventory: Sendable {
    /// Markdown pages, relative to `content/`.
    var pages: [String] = []
    /// Data set files, relative to `content/`.
    var dataFiles: [String] = []
    /// Files copied as they are, relative to `content/`.
    var staticFiles: [String] = []
    /// Entries that could not be taken in, relative to `content/`, and why: a name that is not UTF-8
    /// (its invalid bytes shown as U+FFFD), a folder that cannot be listed.
    var problems: [(path: String, message: String)] = []

    /// Lists `folder` with `readdir`, asking the file system about an entry only when `readdir` cannot
    /// tell what it is (a link, or a file system that does not say).
    /// - Throws: ``BuildError/io(_:path:)`` when `folder` itself cannot be listed.
    init(folder: String) throws(BuildError) {
        guard let top = opendir(folder) else {
            throw .io("cannot list the content: \(String(cString: strerror(errno)))", path: folder)
        }
        list(top, at: folder, relative: "")
        pages.sort()
        dataFiles.sort()
        staticFiles.sort()
        problems.sort { $0.path < $1.path }
    }

    /// Takes in the entries of an open folder, then closes it.
    private mutating func list(_ directory: OpaquePointer, at folder: String, relative: String) {
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            let path = relative + String(decoding: bytes, as: UTF8.self)
            guard let name = String(validating: bytes, as: UTF8.self) else {
                problems.append((path, "the file name is not valid UTF-8"))
                continue
            }
            let full = folder + "/" + name
            switch Self.kind(of: entry.pointee.d_type, at: full) {
            case .folder:
                guard let child = opendir(full) else {
                    problems.append((path, "cannot list the folder: \(String(cString: strerror(errno)))"))
                    continue
                }
                list(child, at: full, relative: path + "/")
            case .file: take(path)
            case .other: continue
            }
        }
    }

    private mutating func take(_ path: String) {
        if path.hasPrefix("data/") && (path.hasSuffix(".yml") || path.hasSuffix(".yaml")) && !path.dropFirst(5).contains("/") {
            dataFiles.append(path)
        } else if path.hasSuffix(".md") {
            pages.append(path)
        } else {
            staticFiles.append(path)
        }
    }

    private enum Kind { case folder, file, other }

    /// A real folder, a regular file or a link to one, or anything else (a link to a folder, a socket).
    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK), Int32(DT_UNKNOWN): break
        default: return .other
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }
}
