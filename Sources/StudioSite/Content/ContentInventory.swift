import Foundation

/// The files of `content/`, sorted and sorted into kinds.
///
/// Hidden files and folders (which include `._*` AppleDouble files) are skipped. `content/data/*.yml` files are
/// data sets, `.md` files are pages, and every other file is copied into the site as it is.
struct ContentInventory: Sendable {
    /// Markdown pages, relative to `content/`.
    var pages: [String] = []
    /// Data set files, relative to `content/`.
    var dataFiles: [String] = []
    /// Files copied as they are, relative to `content/`.
    var staticFiles: [String] = []

    init(folder: URL) throws {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: folder.resolvingSymlinksInPath().path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        while let path = walker.nextObject() as? String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard Self.isRegularFile(walker.fileAttributes, at: folder.appendingPathComponent(path)) else { continue }
            if path.hasPrefix("data/") && (path.hasSuffix(".yml") || path.hasSuffix(".yaml")) && !path.dropFirst(5).contains("/") {
                dataFiles.append(path)
            } else if path.hasSuffix(".md") {
                pages.append(path)
            } else {
                staticFiles.append(path)
            }
        }
        pages.sort()
        dataFiles.sort()
        staticFiles.sort()
    }

    /// A regular file, or a link to one.
    private static func isRegularFile(_ attributes: [FileAttributeKey: Any]?, at url: URL) -> Bool {
        switch attributes?[.type] as? FileAttributeType {
        case .typeRegular?: true
        case .typeSymbolicLink?:
            (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        default: false
        }
    }
}
