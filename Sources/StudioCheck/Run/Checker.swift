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
/// hashed and linked to the task that made it; otherwise only files whose sizes collide are read again.
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
        if history != nil || options.forReview { hash(&assets) }
        linkHistory(&assets, notes: &notes)
        let duplicates = DuplicateRule.findings(for: assets, copies: earlierCopies(assets), naming: options.namingConvention)
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

    /// Whether the entry is a config or profile file this check read, or inside a skipped folder.
    private func isOwnFile(_ entry: WalkEntry) -> Bool {
        guard !options.ownFiles.isEmpty || !options.skippedFolders.isEmpty, let path = entry.openPath else { return false }
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return options.ownFiles.contains(resolved) || options.skippedFolders.contains { resolved.hasPrefix($0 + "/") }
    }

    /// Reads one file and runs the rules that need nothing but the file.
    private func check(_ entry: WalkEntry) -> CheckedAsset {
        let (name, nameFinding) = FilenameRule.check(entry, today: options.today, useCases: options.useCases)
        let slot = options.slot ?? name.map { Slot(useCase: $0.useCase) } ?? .additional
        let pixels = options.forReview || options.profiles.contains { $0.needsPixels(slot: slot) }
        let inspection = InspectOptions(pixels: pixels, maxPixels: options.maxPixels, thumbnails: options.forReview)
        let facts = AssetInspector(options: inspection).inspect(entry)
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

    /// Sets the SHA-256 of every readable file, on all cores.
    private func hash(_ assets: inout [CheckedAsset]) {
        let readable = assets.indices.filter { assets[$0].facts.bytes != nil }
        let hashes = readable.map { assets[$0].entry }.parallelMap { $0.sha256() }
        for (index, sha256) in zip(readable, hashes) { assets[index].sha256 = sha256 }
    }

    /// Links every hashed file to the history by its SHA-256, when there is a history.
    private func linkHistory(_ assets: inout [CheckedAsset], notes: inout [String]) {
        guard let history else { return }
        let hashed = assets.indices.filter { assets[$0].sha256 != nil }
        do {
            let matches = try history.matches(sha256s: hashed.compactMap { assets[$0].sha256 })
            for index in hashed {
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

    /// For each file whose bytes an earlier file of the run has, that earlier file's index.
    ///
    /// With the history or for a review, every file's SHA-256 is known; otherwise only files whose size another
    /// shares are read, first their first 4 KiB, and only when those match too the whole files are compared.
    private func earlierCopies(_ assets: [CheckedAsset]) -> [Int: Int] {
        var copies: [Int: Int] = [:]
        if history != nil || options.forReview {
            var first: [String: Int] = [:]
            for (index, asset) in assets.enumerated() {
                guard let sha256 = asset.sha256 else { continue }
                if let earlier = first[sha256] { copies[index] = earlier } else { first[sha256] = index }
            }
            return copies
        }
        var bySize: [Int: [Int]] = [:]
        for (index, asset) in assets.enumerated() { if let bytes = asset.facts.bytes { bySize[bytes, default: []].append(index) } }
        let candidates = bySize.values.filter { $0.count > 1 }.flatMap { $0 }.sorted()
        let heads = candidates.map { assets[$0].entry }.parallelMap { $0.head(4096) }
        var groups: [Data: [Int]] = [:]
        for (index, head) in zip(candidates, heads) {
            guard let head else { continue }
            groups[head + withUnsafeBytes(of: assets[index].facts.bytes ?? 0) { Data($0) }, default: []].append(index)
        }
        let pairs = groups.values.filter { $0.count > 1 }.flatMap { group in group.dropFirst().map { ($0, group) } }
        let found = pairs.parallelMap { index, group in
            group.prefix { $0 < index }.first { assets[$0].entry.hasSameBytes(as: assets[index].entry) }
        }
        for ((index, _), earlier) in zip(pairs, found) { if let earlier { copies[index] = earlier } }
        return copies
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
