import Foundation

/// The theme's static files from `templates/assets/`, each published under a name that carries a
/// hash of its contents (`style.3f9a1c0b2d4e.css`), so browsers can cache them forever.
struct FingerprintedAssets: Sendable {
    /// Source path under `templates/assets/` → published path under the output folder (`assets/...`).
    let published: [String: String]
    /// The `templates/assets/` folder.
    let folder: URL
    /// Template key → published path: `style.css` → `style_css`, so `{{assets.style_css}}` works in Mustache.
    private let publishedByKey: [String: String]
    /// Files whose template key another file (first in byte order) already has: the file, the key, the other file.
    private let keyClashes: [(file: String, key: String, holder: String)]

    /// The folder under `templates/` that holds the theme's static files.
    static let folderName = "assets"

    /// Fingerprints the files under ``folderName`` among `files` (the listing of `templates`, ``SourceFolder``).
    init(templates: URL, files listed: [String]) throws(BuildError) {
        let folder = templates.appendingPathComponent(Self.folderName)
        self.folder = folder
        var published: [String: String] = [:]
        for file in listed where file.hasPrefix(Self.folderName + "/") {
            let file = String(file.dropFirst(Self.folderName.count + 1))
            let url = folder.appendingPathComponent(file)
            let data = try FileReader.contents(ofPath: url.path)
            let hash = String(Self.fnv1a(data), radix: 16).leftPadded(to: 16).prefix(12)
            let ext = url.pathExtension
            let stem = ext.isEmpty ? file : String(file.dropLast(ext.count + 1))
            published[file] = "assets/\(stem).\(hash)\(ext.isEmpty ? "" : "." + ext)"
        }
        self.published = published
        var byKey: [String: (source: String, target: String)] = [:]
        var clashes: [(String, String, String)] = []
        for (source, target) in published.sorted(by: { $0.key < $1.key }) {
            let key = String(source.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            if let holder = byKey[key] {
                clashes.append((source, key, holder.source))
            } else {
                byKey[key] = (source, target)
            }
        }
        publishedByKey = byKey.mapValues(\.target)
        keyClashes = clashes
    }

    /// A warning for each file whose template key another file already has.
    func reportKeyClashes(into diagnostics: inout DiagnosticList) {
        for clash in keyClashes {
            diagnostics.warning(
                SourceLocation(file: "templates/\(Self.folderName)/\(clash.file)"),
                "its template key 'assets.\(clash.key)' already names templates/\(Self.folderName)/\(clash.holder); rename one of them"
            )
        }
    }

    /// The links templates use, by key (`style.css` → `style_css`), each starting with `root`.
    func templateKeys(root: String) -> [String: String] {
        publishedByKey.mapValues { root + SitePath.encoded($0) }
    }

    /// 64-bit FNV-1a: a stable, fast content hash (not for security).
    private static func fnv1a(_ data: Data) -> UInt64 {
        data.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
