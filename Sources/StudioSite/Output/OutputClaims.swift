/// Who writes each file of the site: every path inside the output may be claimed once, and no file may
/// stand where another claim needs a folder.
///
/// Claims are made in a fixed order (the builder's own files, the theme's assets, listing pages, pages,
/// content files, aliases), so a clash is always reported at the later claimant, the same in every build.
///
/// Paths that differ only in letter case (`Logo.png`, `logo.png`) are one file on macOS and Windows;
/// each such pair is recorded as a warning at the later claimant.
struct OutputClaims {
    /// What claims a path: a phrase for messages (`the sitemap`, `content/guide.md`) and where a
    /// clash with a later claim would be reported.
    struct Claimant: Sendable {
        let name: String
        let location: SourceLocation
    }

    /// Why a claim was refused.
    enum Clash {
        /// Another claimant writes the same file.
        case sameFile(Claimant)
        /// The claim needs a folder where another claimant writes a file.
        case folderIsAFile(folder: String, Claimant)
        /// The claim's file is a folder another claimant needs.
        case fileIsAFolder(Claimant)

        /// The message at the refused claimant: `subject` (`alias 'old' `, or empty) and what it clashes with.
        func message(subject: String, path: String) -> String {
            switch self {
            case .sameFile(let owner): "\(subject)would overwrite \(owner.name) at '\(path)'"
            case .folderIsAFile(let folder, let owner): "\(subject)needs a folder at '\(folder)', where \(owner.name) is written"
            case .fileIsAFolder(let owner): "\(subject)would be written at '\(path)', a folder that \(owner.name) needs"
            }
        }
    }

    private var files: [String: Claimant] = [:]
    private var folders: [String: Claimant] = [:]
    /// The first spelling seen of each lowercased path and folder, and its claimant.
    private var spellings: [String: (spelling: String, claimant: Claimant)] = [:]
    private var reportedCasePairs: Set<[String]> = []
    /// Paths that differ only in letter case from an earlier claim, as warnings.
    private(set) var caseWarnings = DiagnosticList()

    /// Claims the file at `path` (relative to the output) for `claimant`.
    /// - Returns: the clash, when another claim is in the way; nothing is claimed then.
    mutating func claim(_ path: String, for claimant: Claimant) -> Clash? {
        if let owner = files[path] { return .sameFile(owner) }
        if let owner = folders[path] { return .fileIsAFolder(owner) }
        let parents = Self.folders(of: path)
        if let folder = parents.first(where: { files[$0] != nil }) { return .folderIsAFile(folder: folder, files[folder]!) }
        files[path] = claimant
        for folder in parents where folders[folder] == nil { folders[folder] = claimant }
        checkLetterCase(of: parents + [path], for: claimant)
        return nil
    }

    /// `a/b/c.html` → `a`, `a/b`.
    private static func folders(of path: String) -> [String] {
        var result: [String] = []
        var index = path.utf8.startIndex
        while let slash = path.utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
            result.append(String(path[..<slash]))
            index = path.utf8.index(after: slash)
        }
        return result
    }

    /// Records a warning for the first folder (or the file) of `paths` whose spelling differs only in
    /// letter case from one claimed before; the folders and files below it differ too and are not repeated.
    private mutating func checkLetterCase(of paths: [String], for claimant: Claimant) {
        for (index, path) in paths.enumerated() {
            let key = path.lowercased()
            guard let first = spellings[key] else {
                spellings[key] = (path, claimant)
                continue
            }
            guard first.spelling != path else { continue }
            if reportedCasePairs.insert([first.spelling, path]).inserted {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                let other = first.spelling.split(separator: "/").last.map(String.init) ?? first.spelling
                let kind = index < paths.count - 1 ? "folder" : "file"
                caseWarnings.warning(
                    claimant.location,
                    "'\(name)' differs only in letter case from '\(other)' (\(first.claimant.name)); the two are one \(kind) on macOS and Windows"
                )
            }
            return
        }
    }
}
