import CFileSystem
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The output folder and its staging twin, swapped atomically when a build succeeds.
///
/// A build writes into `.NAME.staging` beside the output (`NAME` is the output folder's name),
/// then exchanges the two folders in one atomic step, so a failed or killed build leaves the
/// previous site exactly as it was. The previous site becomes the next build's staging folder,
/// where files that did not change are not written again and files that are no longer part of the
/// site are removed, so the staging folder always ends up holding exactly the new site.
///
/// The output is used by its physical path (``physicalPath(of:)``): an output given as a symbolic link
/// is the folder it points to, so the link stays a link and that folder's hidden entries stay in it.
/// The builder marks folders it made with ``markerName`` and refuses to replace a folder without
/// the marker that holds anything but hidden files, unless forced; nothing forces it to replace or
/// write into the source folder, `content/` or `templates/`. Hidden entries at the top of the
/// old output (`.git`, `.gitkeep`) are moved into the new one. A lock file beside the output keeps
/// two builds from writing the same output at once.
struct OutputFolder {
    /// The output's physical path.
    let url: URL
    let force: Bool

    /// - Throws: ``BuildError/danglingLink(path:)`` when a part of the path is a link that leads nowhere.
    init(url: URL, force: Bool) throws(BuildError) {
        self.url = URL(fileURLWithPath: try Self.physicalPath(of: url.path), isDirectory: true)
        self.force = force
    }

    /// The file that marks a folder as this builder's.
    static let markerName = ".productstudio-build"

    private var parent: URL { url.deletingLastPathComponent() }
    var staging: URL { parent.appendingPathComponent(".\(url.lastPathComponent).staging") }
    private var lockFile: URL { parent.appendingPathComponent(".\(url.lastPathComponent).lock") }

    /// Checks that the output may be replaced, takes the build lock and readies the staging folder.
    /// - Returns: the lock; the build holds it until it has published or given up.
    func prepare(source: URL) throws(BuildError) -> BuildLock {
        let output = url.path
        let sourcePath = try Self.physicalPath(of: source.path)
        if output == "/" || Self.path(output, contains: sourcePath) {
            throw .outputContainsSource(output: output, source: source.path)
        }
        for input in ["content", "templates"] {
            let inputPath = try Self.physicalPath(of: sourcePath + "/" + input)
            if Self.path(inputPath, contains: output) || Self.path(output, contains: inputPath) {
                throw .outputInsideInput(output: output, input: source.appendingPathComponent(input).path)
            }
        }
        try requireReplaceable(url)
        try Self.makeFolders(parent.path)
        let lock = try BuildLock(url: lockFile)
        try requireReplaceable(staging)
        try FileWriter.createFolders([""], in: staging)
        try FileWriter.write(Self.markerText, to: staging.appendingPathComponent(Self.markerName))
        return lock
    }

    /// Whether `inner` is `outer` or lies inside it (both physical paths).
    private static func path(_ outer: String, contains inner: String) -> Bool {
        inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The absolute path with every symbolic link resolved, also for a path that does not exist yet:
    /// the nearest existing folder above it resolved, the rest appended.
    /// - Throws: ``BuildError/danglingLink(path:)`` when a part of the path is a link that leads nowhere.
    static func physicalPath(of path: String) throws(BuildError) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let resolved = SourceFolder.realPath(existing) {
                return ([resolved == "/" ? "" : resolved] + missing).joined(separator: "/")
            }
            var info = stat()
            if lstat(existing, &info) == 0 {
                throw .danglingLink(path: existing)
            }
            guard existing != "/" else { return path }
            let cut = existing.utf8.lastIndex(of: UInt8(ascii: "/"))!
            missing.insert(String(existing[existing.index(after: cut)...]), at: 0)
            existing = cut == existing.startIndex ? "/" : String(existing[..<cut])
        }
    }

    /// Creates a folder and the folders above it that are missing; unlike ``FileWriter/makeFolder(_:)``
    /// it never replaces anything, since these folders are the user's.
    private static func makeFolders(_ path: String) throws(BuildError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path: path) }
            return
        }
        let above = (path as NSString).deletingLastPathComponent
        if above != path { try makeFolders(above) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .fileSystem(.createFolder, path: path, code: errno) }
    }

    /// Removes from the staging folder every file and folder that is not part of the new site, then
    /// swaps it in for the output and carries the old output's hidden entries over.
    func publish(keeping files: Set<String>) throws(BuildError) {
        var folders: Set<String> = []
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        FileWriter.removeEntries(in: staging, except: files, folders: folders)
        if FileManager.default.fileExists(atPath: url.path) {
            guard cfilesystem_exchange(staging.path, url.path) == 0 else {
                throw .fileSystem(.swapIn, path: url.path, code: errno)
            }
            carryHiddenEntries()
            try? FileWriter.write(Self.markerText, to: staging.appendingPathComponent(Self.markerName))
        } else if rename(staging.path, url.path) != 0 {
            throw .fileSystem(.moveIntoPlace, path: url.path, code: errno)
        }
    }

    private static let markerText = "Written by productstudio build; the next build replaces this folder.\n"

    /// Throws unless the folder is absent, empty of visible files, marked as ours, or `force` is on.
    private func requireReplaceable(_ folder: URL) throws(BuildError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .notAFolder(path: folder.path) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if entries.contains(where: { !$0.hasPrefix(".") }) && !entries.contains(Self.markerName) && !force {
            throw .foreignOutput(folder.path)
        }
    }

    /// Moves hidden top-level entries of the old output (now the staging folder) into the new output.
    private func carryHiddenEntries() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []
        for entry in entries where entry.hasPrefix(".") && entry != Self.markerName {
            let target = url.appendingPathComponent(entry)
            if !FileManager.default.fileExists(atPath: target.path) {
                rename(staging.appendingPathComponent(entry).path, target.path)
            }
        }
    }
}

/// An exclusive lock on an output folder for the length of one build (`flock` on a file beside it).
final class BuildLock {
    private let descriptor: Int32

    init(url: URL) throws(BuildError) {
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw .fileSystem(.lock, path: url.path, code: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .outputBusy(path: url.path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
