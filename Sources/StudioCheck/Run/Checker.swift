import Foundation
public import StudioAssets
import StudioConcurrency
import StudioCore

/// Judges images and videos before they are published: the entry point of `productstudio check`.
///
/// ```swift
/// let amazon = try ProfileCatalog.builtIn().first { $0.name == "amazon" }!
/// let report = Checker(options: CheckOptions(profiles: [amazon], today: CalendarDay(Date()))).check(["downloads"])
/// ```
///
/// Paths are walked as `inspect` walks them and every file is read on all cores; pixels are decoded only
/// for the images whose profiles' rules need them (main images under profiles with `background`,
/// `transparency` or `product-fill`). Then the house rules run on every file, each profile's rules on the
/// files of its media and slot, and the rules across files (duplicates). With a ``HistoryLink`` every file is
/// hashed and linked to the task that made it; otherwise only files whose sizes collide are hashed.
public struct Checker: Sendable {
    public let options: CheckOptions
    public let history: HistoryLink?

    /// Creates a checker.
    public init(options: CheckOptions, history: HistoryLink? = nil) {
        self.options = options
        self.history = history
    }

    /// Checks every file under `paths`.
    public func check(_ paths: [String], progress: InspectProgress = InspectProgress()) -> CheckReport {
        let patterns = options.ignore.map(GlobPattern.init)
        let entries = AssetWalker().entries(paths).filter { entry in
            !patterns.contains { $0.matches(entry.displayPath) } && !isOwnFile(entry)
        }
        progress.start(total: entries.count)
        var assets = entries.parallelMap { entry in
            defer { progress.advance() }
            return check(entry)
        }
        var notes: [String] = []
        hash(&assets, notes: &notes)
        let duplicates = DuplicateRule.findings(for: assets, naming: options.namingConvention)
        for (index, findings) in duplicates { assets[index].findings += findings }
        for index in assets.indices {
            assets[index].findings = assets[index].findings.compactMap(options.levels.apply)
        }
        var regeneration: CheckReport.Regeneration?
        if let history {
            do {
                regeneration = try history.regeneration(of: assets.filter { $0.status == .fail })
            } catch {
                notes.append("Regeneration could not be priced: \(error).")
            }
        }
        notes += videoNotes(assets)
        return CheckReport(profileDetails: options.profiles, assets: assets, regeneration: regeneration, notes: notes)
    }

    /// Whether the entry is a config or profile file this check read.
    private func isOwnFile(_ entry: WalkEntry) -> Bool {
        guard !options.ownFiles.isEmpty, let path = entry.openPath else { return false }
        return options.ownFiles.contains(URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path)
    }

    /// Reads one file and runs the rules that need nothing but the file.
    private func check(_ entry: WalkEntry) -> CheckedAsset {
        let (name, nameFinding) = FilenameRule.check(entry, today: options.today, useCases: options.useCases)
        let slot = options.slot ?? name.map { Slot(useCase: $0.useCase) } ?? .additional
        let pixels = options.profiles.contains { $0.needsPixels(slot: slot) }
        let facts = AssetInspector(options: InspectOptions(pixels: pixels, maxPixels: options.maxPixels)).inspect(entry)
        var findings: [Finding] = []
        if options.namingConvention, let nameFinding { findings.append(nameFinding) }
        if let unreadable = UnreadableRule.finding(for: facts) {
            findings.append(unreadable)
        } else {
            findings += [ExtensionRule.finding(for: facts), GPSRule.finding(for: facts)].compactMap { $0 }
            for profile in options.profiles {
                let found = profile.rules(for: facts.kind, slot: slot)
                    .filter { options.generated || $0.id != .aiLabel }
                    .compactMap { $0.finding(for: facts, in: profile) }
                // A file below a hard limit is below the recommended one of the same rule too: say it once.
                let refused = Set(found.filter { $0.level == .error }.map(\.rule))
                findings += found.filter { $0.level == .error || !refused.contains($0.rule) }
            }
        }
        return CheckedAsset(facts: facts, entry: entry, slot: slot, name: name, findings: findings)
    }

    /// Hashes the files that need it and links them to the history: every readable file when there is a
    /// history, else only the candidates for duplicate bytes: files whose size another file shares, and of
    /// those only the ones whose first 64 KiB are the same too.
    private func hash(_ assets: inout [CheckedAsset], notes: inout [String]) {
        let sizes = assets.map(\.facts.bytes)
        let entries = assets.map(\.entry)
        var wanted = sizes.indices.filter { sizes[$0] != nil }
        if history == nil {
            wanted = Self.sharing(wanted, key: { sizes[$0]! })
            let heads = wanted.map { entries[$0] }.parallelMap { $0.sha256(ofFirst: 65_536) }
            let headByIndex = Dictionary(uniqueKeysWithValues: zip(wanted, heads).compactMap { index, head in head.map { (index, $0) } })
            wanted = Self.sharing(wanted.filter { headByIndex[$0] != nil }, key: { "\(sizes[$0]!) \(headByIndex[$0]!)" })
        }
        let hashes = wanted.map { entries[$0] }.parallelMap { $0.sha256() }
        for (index, sha256) in zip(wanted, hashes) { assets[index].sha256 = sha256 }
        guard let history else { return }
        do {
            let matches = try history.matches(sha256s: hashes.compactMap { $0 })
            for index in wanted {
                guard let sha256 = assets[index].sha256, let match = matches[sha256] else { continue }
                assets[index].history = match
                if let finding = HistoryRule.finding(name: assets[index].name, match: match) {
                    assets[index].findings.append(finding)
                }
            }
        } catch {
            notes.append("The generation history could not be read: \(error).")
        }
    }

    /// The indices whose key another index of the list shares.
    private static func sharing<Key: Hashable>(_ indices: [Int], key: (Int) -> Key) -> [Int] {
        var counts: [Key: Int] = [:]
        for index in indices { counts[key(index), default: 0] += 1 }
        return indices.filter { counts[key($0)]! > 1 }
    }

    /// A note for each profile without video rules, when videos were checked.
    private func videoNotes(_ assets: [CheckedAsset]) -> [String] {
        let videos = assets.filter { $0.facts.kind == .video }.count
        guard videos > 0 else { return [] }
        return options.profiles.filter { !$0.hasVideoRules }.map { profile in
            "\(profile.title) has no video rules: \(videos) video\(videos == 1 ? "" : "s") got the house rules only."
        }
    }
}
