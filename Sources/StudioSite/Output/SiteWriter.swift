import Foundation
import StudioConcurrency

/// Writes a checked site into the staging folder, every file on all cores (``SiteRenderer`` makes them).
struct SiteWriter: Sendable {
    let renderer: SiteRenderer

    /// Writes the site and returns the path of every file it is made of, relative to `folder`.
    ///
    /// Every file is one job on all cores: the pages and the site-wide files alike, the search index first,
    /// since it is the largest.
    func write(into folder: URL) throws(BuildError) -> Set<String> {
        let jobs = renderer.files
        let paths = jobs.map(renderer.path(of:))
        // Folders are made here, before the workers start, except each page's own folder, which the
        // worker writing the page makes (it already exists when another file goes into it too).
        let folders = zip(jobs, paths).map { job, path in
            Self.isView(job) ? Self.folder(of: Self.folder(of: path)) : Self.folder(of: path)
        }
        try FileWriter.createFolders(Set(folders), in: folder)
        let folderPath = folder.path + "/"
        let renderer = renderer
        let failures = Array(jobs.indices).parallelMap { index -> BuildError? in
            do throws(BuildError) {
                let path = paths[index]
                let ownFolder = Self.folder(of: path)
                if Self.isView(jobs[index]), !ownFolder.isEmpty { try FileWriter.makeFolder(folderPath + ownFolder) }
                var reading = ViewDependencies()
                switch renderer.contents(of: jobs[index], reading: &reading) {
                case .text(let text): try FileWriter.write(text, toPath: folderPath + path)
                case .bytes(let bytes): try FileWriter.write(Data(bytes), toPath: folderPath + path)
                case .copy(let source):
                    try FileWriter.write(try FileReader.contents(ofPath: source), toPath: folderPath + path)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return Set(paths)
    }

    private static func isView(_ file: OutputFile) -> Bool {
        if case .view = file { true } else { false }
    }

    /// The folder a path is in ("" at the top).
    private static func folder(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }
}
