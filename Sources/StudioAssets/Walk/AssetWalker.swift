#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files under the paths given, in a stable order, the way `inspect` reads them.
///
/// Folders are walked recursively, entries sorted by the bytes of their names. Names starting with
/// a dot (hidden files and folders, macOS `._*` AppleDouble files) are skipped inside folders.
/// Symbolic links are followed; a link back to a folder being walked is reported as a loop,
/// as is a link the system cannot resolve (ELOOP), and a link to nothing as broken.
/// Names are joined as the bytes the file system stores, so files and folders whose names are
/// not valid UTF-8 are walked too (see ``WalkEntry/pathIsUTF8``).
public struct AssetWalker: Sendable {
    /// Creates a walker.
    public init() {}

    /// Every file under `paths`, in order: the paths in the order given, each folder's content sorted.
    public func entries(_ paths: [String]) -> [WalkEntry] {
        var entries: [WalkEntry] = []
        for path in paths {
            let bytes = Array(path.utf8)
            switch classify(bytes) {
            case .directory(let identity):
                walk(folder: bytes, relative: "", ancestors: [identity], into: &entries)
            case .file:
                entries.append(WalkEntry(pathBytes: bytes, displayPath: path))
            case .failed(let error):
                entries.append(WalkEntry(pathBytes: bytes, displayPath: path, error: error))
            }
        }
        return entries
    }

    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private enum Node {
        case file
        case directory(Identity)
        case failed(AssetError)
    }

    /// What a path is after following symbolic links.
    private func classify(_ path: [UInt8]) -> Node {
        var info = stat()
        if withCPath(path, { stat($0, &info) }) == 0 {
            let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            return (info.st_mode & S_IFMT) == S_IFDIR ? .directory(identity) : .file
        }
        let code = errno
        if code == ELOOP { return .failed(.symlinkLoop) }
        var linkInfo = stat()
        if code == ENOENT, withCPath(path, { lstat($0, &linkInfo) }) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
            return .failed(.brokenSymlink(target: linkTarget(path)))
        }
        if code == ENOENT { return .failed(.notFound) }
        return .failed(.system(operation: "stat", code: code, message: String(cString: strerror(code))))
    }

    private func linkTarget(_ path: [UInt8]) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
        let length = buffer.withUnsafeMutableBufferPointer { target in
            withCPath(path) { readlink($0, target.baseAddress!, target.count) }
        }
        return length > 0 ? FileName(bytes: Array(buffer[0..<length])).display : "?"
    }

    private func walk(folder: [UInt8], relative: String, ancestors: Set<Identity>, into entries: inout [WalkEntry]) {
        guard let directory = withCPath(folder, { opendir($0) }) else {
            let display = relative.isEmpty ? FileName(bytes: folder).display : relative
            entries.append(WalkEntry(pathBytes: folder, displayPath: display, error: .fromErrno("opendir")))
            return
        }
        var names: [FileName] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName(bytes: Array(raw.prefix { $0 != 0 }))
            }
            if !name.isHidden { names.append(name) }
        }
        closedir(directory)
        names.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for name in names {
            let display = relative.isEmpty ? name.display : relative + "/" + name.display
            let path = (folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]) + name.bytes
            switch classify(path) {
            case .directory(let identity) where ancestors.contains(identity):
                entries.append(WalkEntry(pathBytes: path, displayPath: display, error: .symlinkLoop))
            case .directory(let identity):
                walk(folder: path, relative: display, ancestors: ancestors.union([identity]), into: &entries)
            case .file:
                entries.append(WalkEntry(pathBytes: path, displayPath: display))
            case .failed(let error):
                entries.append(WalkEntry(pathBytes: path, displayPath: display, error: error))
            }
        }
    }
}
