import Foundation
import StudioSite
import StudioTestSupport
import Testing

/// A site written into a fresh temporary folder from one string of `-- path --` blocks, as Hugo's
/// integration tests do.
///
/// Templates come from the repository's own `templates/` unless the fixture has some.
struct SiteFixture {
    private let temporary: TemporaryFolder
    /// The site's source folder, removed when the last copy of the fixture goes away.
    var folder: URL { temporary.url }

    /// The repository's `templates/` folder.
    static let repositoryTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").resolvingSymlinksInPath()

    init(_ files: String, repositoryTemplates: Bool = true) throws {
        temporary = try TemporaryFolder("site")
        try FileManager.default.createDirectory(at: temporary.url.appendingPathComponent("content"), withIntermediateDirectories: true)
        if repositoryTemplates {
            try FileManager.default.copyItem(at: Self.repositoryTemplates, to: folder.appendingPathComponent("templates"))
        }
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            try write(lines.joined(separator: "\n") + "\n", to: path)
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --") {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    func write(_ text: String, to path: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var output: URL { folder.appendingPathComponent("public") }

    func build(
        output: URL? = nil,
        drafts: Bool = false,
        force: Bool = false,
        dataSets: [DataSet] = [SiteFixture.pricing]
    ) throws -> BuildReport {
        try SiteBuilder(
            options: BuildOptions(
                source: folder,
                output: output,
                baseURL: "https://help.example.test/",
                includeDrafts: drafts,
                force: force,
                dataSets: dataSets
            )
        ).build()
    }

    /// The text of a built file.
    func read(_ path: String, in output: URL? = nil) throws -> String {
        try String(contentsOf: (output ?? self.output).appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file of an output folder with its bytes, by relative path.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// A small data set standing in for the price schedule.
    static let pricing = DataSet(
        name: "pricing",
        columns: [.init(key: "operation", title: "Operation"), .init(key: "usage", title: "Typical credit usage")],
        rows: [["operation": "Standard image", "usage": "15 credits per image"]]
    )
}

extension BuildReport {
    /// The diagnostics as printed: `file:line:col: message`.
    var lines: [String] { diagnostics.map(\.description) }
    var errors: [String] { diagnostics.filter { $0.severity == .error }.map(\.description) }
}
