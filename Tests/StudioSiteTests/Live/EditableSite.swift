import Foundation
import StudioSite
import Testing

/// One edit an author makes to a site's sources.
struct SiteEdit: CustomStringConvertible {
    enum Change {
        case appendBody(page: String, text: String)
        case rename(page: String, to: String)
        case linkedHeading(page: String, heading: String, linkFrom: String)
        case delete(page: String)
        case restore(page: String)
        case title(page: String, String)
        case weight(page: String, Int?)
        case draft(page: String, Bool)
        case description(page: String, String)
        case alias(page: String, String)
        case related(page: String, String)
        case newPage(String, linkTo: String)
        case partial(String, text: String)
        case stylesheet(text: String)
        case dataSet(row: String)
        case sectionLink(page: String, folder: String)
        /// Undoes the page edits since the site last built, as an author fixes what broke the build.
        case revert
    }

    let change: Change

    /// The name of the kind of change, as in ``kinds``.
    var kind: String { String(describing: change).prefix { $0 != "(" }.description }

    static let kinds = [
        "appendBody", "rename", "linkedHeading", "delete", "restore", "title", "weight", "draft", "description", "alias",
        "related", "newPage", "partial", "stylesheet", "dataSet", "sectionLink", "revert",
    ]

    var description: String { "\(change)" }
}

/// A small site in a temporary folder whose pages are kept as values, so edits can be made and undone.
struct EditableSite {
    /// A page's front matter and body.
    struct PageSpec {
        var title: String
        var weight: Int?
        var draft = false
        var description: String?
        var aliases: [String] = []
        var related: [String] = []
        var body: [String]

        var text: String {
            var lines = ["---", "title: \"\(title)\""]
            if let weight { lines.append("weight: \(weight)") }
            if draft { lines.append("draft: true") }
            if let description { lines.append("description: \"\(description)\"") }
            if !aliases.isEmpty { lines.append("aliases: [\(aliases.joined(separator: ", "))]") }
            if !related.isEmpty { lines.append("related: [\(related.joined(separator: ", "))]") }
            return (lines + ["---"] + body).joined(separator: "\n") + "\n"
        }
    }

    let fixture: SiteFixture
    /// The pages, by path under `content/`.
    private(set) var pages: [String: PageSpec] = [:]
    /// Deleted pages, which a later edit may bring back.
    private var deleted: [String: PageSpec] = [:]
    /// The pages as they were when the site last built without errors.
    private var goodPages: [String: PageSpec] = [:]
    /// Whether the last build of the site failed.
    private var broken = false
    private var counter = 0
    private var dataRows = ["{plan: Starter, credits: 100}"]

    init() throws {
        fixture = try SiteFixture("-- content/.keep --")
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("content/.keep"))
        let start: [String: PageSpec] = [
            "_index.md": PageSpec(title: "Help", body: ["Start with the [guides](guides) or [pricing](pricing.md)."]),
            "pricing.md": PageSpec(title: "Pricing", weight: 3, body: ["## Plans", "", "```data plans", "```"]),
            "guides/_index.md": PageSpec(title: "Guides", weight: 1, body: ["All guides."]),
            "guides/setup.md": PageSpec(title: "Set up", weight: 1, body: ["## Install", "", "Read [upload](upload.md#formats)."]),
            "guides/upload.md": PageSpec(title: "Upload", weight: 2, body: ["## Formats", "", "![Shot](shot.png) and [setup](setup.md)."]),
            "guides/review.md": PageSpec(title: "Review", body: ["See [pricing](../pricing.md#plans)."]),
            "guides/export.md": PageSpec(title: "Export", body: ["Plain text."]),
            "reference/_index.md": PageSpec(title: "Reference", weight: 2, body: ["Reference pages."]),
            "reference/limits.md": PageSpec(title: "Limits", body: ["## Sizes", "", "[Setup](../guides/setup.md#install)."]),
            "reference/api/keys.md": PageSpec(title: "API keys", body: ["Keys."]),
            "reference/api/hooks.md": PageSpec(title: "Webhooks", related: ["keys.md"], body: ["Hooks."]),
        ]
        for (path, page) in start { try write(page, at: path) }
        pages = start
        goodPages = start
        try fixture.write("fake PNG bytes", to: "content/guides/shot.png")
        try writeDataSet()
    }

    func options(output: URL?) -> BuildOptions {
        BuildOptions(source: fixture.folder, output: output, baseURL: "https://help.example.test/", dataSets: [SiteFixture.pricing])
    }

    /// A clean build into a fresh folder: its report and every file it wrote but the builder's marker.
    func cleanBuild() throws -> (report: BuildReport, files: [String: Data]) {
        let output = fixture.folder.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try SiteBuilder(options: options(output: output)).build()
        guard report.succeeded else { return (report, [:]) }
        return (report, try SiteFixture.snapshot(of: output).filter { !$0.key.hasPrefix(".") })
    }

    /// Records whether the site as it is builds: an edit after a failed build is most often its undoing.
    mutating func record(built: Bool) {
        broken = !built
        if built { goodPages = pages }
    }

    /// A random edit that can be made to the site as it is.
    mutating func randomEdit(using random: inout SplitMix64) -> SiteEdit {
        if broken && random.next(below: 3) > 0 { return SiteEdit(change: .revert) }
        counter += 1
        let number = counter
        let paths = pages.keys.sorted()
        let leaves = paths.filter { !$0.hasSuffix("_index.md") }
        let any = paths[random.next(below: paths.count)]
        let leaf = leaves.isEmpty ? any : leaves[random.next(below: leaves.count)]
        let other = paths[random.next(below: paths.count)]
        let folders = ["", "guides/", "reference/", "reference/api/", "extra/"]
        let folder = folders[random.next(below: folders.count)]
        let kind = SiteEdit.kinds[random.next(below: SiteEdit.kinds.count - 1)]
        let change: SiteEdit.Change =
            switch kind {
            case "appendBody": .appendBody(page: any, text: "Paragraph \(number).")
            case "rename": .rename(page: leaf, to: folder + "renamed-\(number).md")
            case "linkedHeading": .linkedHeading(page: any, heading: "Topic \(number)", linkFrom: other)
            case "delete": .delete(page: leaf)
            case "restore": deleted.keys.sorted().first.map { .restore(page: $0) } ?? .appendBody(page: any, text: "More \(number).")
            case "title": .title(page: any, ["Alpha", "Beta", "Gamma", "Delta", "Zulu \(number)"][random.next(below: 5)])
            case "weight": .weight(page: leaf, [nil, 1, 2, 5][random.next(below: 4)])
            case "draft": .draft(page: leaf, !(pages[leaf]?.draft ?? false))
            case "description": .description(page: any, "About \(number).")
            case "alias": .alias(page: leaf, "old/path-\(number)")
            case "related": .related(page: leaf, "/" + other)
            case "newPage": .newPage(folder + "new-\(number).md", linkTo: other)
            case "partial": .partial(["partials/footer", "partials/card", "partials/data-table"][random.next(below: 3)], text: "<!-- \(number) -->")
            case "stylesheet": .stylesheet(text: ".edit-\(number) { color: red; }")
            case "dataSet": .dataSet(row: "{plan: Plan \(number), credits: \(number)}")
            default: .sectionLink(page: any, folder: ["guides", "extra", "reference/api"][random.next(below: 3)])
            }
        return SiteEdit(change: change)
    }

    /// Makes the edit on disk.
    /// - Returns: the paths it touched, relative to the source folder, as a file watcher reports them.
    mutating func apply(_ edit: SiteEdit) throws -> Set<String> {
        switch edit.change {
        case .appendBody(let path, let text): return try update(path) { $0.body += ["", text] }
        case .rename(let path, let target):
            guard let page = pages.removeValue(forKey: path) else { return [] }
            let folder = try makeFolder(of: target)
            try FileManager.default.moveItem(at: url(path), to: url(target))
            pages[target] = page
            return ["content/" + path, folder ?? "content/" + target]
        case .linkedHeading(let path, let heading, let from):
            let slug = heading.lowercased().replacingOccurrences(of: " ", with: "-")
            return try update(path) { $0.body += ["", "## \(heading)"] }
                .union(try update(from) { $0.body += ["", "[\(heading)](/\(path)#\(slug))"] })
        case .delete(let path):
            guard let page = pages.removeValue(forKey: path) else { return [] }
            try FileManager.default.removeItem(at: url(path))
            deleted[path] = page
            return ["content/" + path]
        case .restore(let path):
            guard let page = deleted.removeValue(forKey: path) else { return [] }
            pages[path] = page
            try write(page, at: path)
            return ["content/" + path]
        case .title(let path, let title): return try update(path) { $0.title = title }
        case .weight(let path, let weight): return try update(path) { $0.weight = weight }
        case .draft(let path, let draft): return try update(path) { $0.draft = draft }
        case .description(let path, let text): return try update(path) { $0.description = text }
        case .alias(let path, let alias): return try update(path) { $0.aliases.append(alias) }
        case .related(let path, let target): return try update(path) { $0.related.append(target) }
        case .newPage(let path, let target):
            let page = PageSpec(title: "New \(counter)", body: ["Links to [a page](/\(target))."])
            pages[path] = page
            let folder = try makeFolder(of: path)
            try write(page, at: path)
            return [folder ?? "content/" + path]
        case .partial(let name, let text):
            let file = fixture.folder.appendingPathComponent("templates/\(name).mustache")
            try (String(contentsOf: file, encoding: .utf8) + text + "\n").write(to: file, atomically: true, encoding: .utf8)
            return ["templates/\(name).mustache"]
        case .stylesheet(let text):
            let file = fixture.folder.appendingPathComponent("templates/assets/style.css")
            try (String(contentsOf: file, encoding: .utf8) + text + "\n").write(to: file, atomically: true, encoding: .utf8)
            return ["templates/assets/style.css"]
        case .dataSet(let row):
            dataRows.append(row)
            try writeDataSet()
            return ["content/data/plans.yml"]
        case .sectionLink(let path, let folder): return try update(path) { $0.body += ["", "[Folder](/\(folder))"] }
        case .revert:
            var touched: Set<String> = []
            for path in pages.keys where goodPages[path] == nil {
                try FileManager.default.removeItem(at: url(path))
                touched.insert("content/" + path)
            }
            for (path, page) in goodPages where pages[path]?.text != page.text {
                if let folder = try makeFolder(of: path) { touched.insert(folder) }
                try write(page, at: path)
                touched.insert("content/" + path)
            }
            pages = goodPages
            return touched
        }
    }

    private mutating func update(_ path: String, _ change: (inout PageSpec) -> Void) throws -> Set<String> {
        guard var page = pages[path] else { return [] }
        change(&page)
        pages[path] = page
        try write(page, at: path)
        return ["content/" + path]
    }

    /// Creates the folder of a page that is to be written; returns the folder's path when it is new, since a
    /// watcher reports a new folder rather than the files that appear in it before it is watched.
    private func makeFolder(of path: String) throws -> String? {
        let folder = url(path).deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: folder.path) else { return nil }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return "content/" + String(path[..<path.lastIndex(of: "/")!])
    }

    private func url(_ path: String) -> URL { fixture.folder.appendingPathComponent("content/" + path) }

    private func write(_ page: PageSpec, at path: String) throws {
        try fixture.write(page.text, to: "content/" + path)
    }

    private func writeDataSet() throws {
        try fixture.write("rows:\n" + dataRows.map { "  - \($0)" }.joined(separator: "\n"), to: "content/data/plans.yml")
    }
}

/// A small, seeded random number generator, so that every run makes the same edits.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
