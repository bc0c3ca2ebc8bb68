import Foundation
import StudioSite
import Testing

/// The invariant of ``LiveSite``: after any sequence of edits, the site it holds is byte for byte what a
/// clean build of the same sources writes, and it reports the same findings.
///
/// Random sequences of edits (``SiteEdit``) are applied to a small site; after each one the live site is
/// rebuilt with the paths the edit touched, as the file watcher reports them, and compared with a clean
/// build.
@Suite struct LiveSiteEquivalenceTests {
    @Test func randomEditsKeepTheLiveSiteEqualToACleanBuild() throws {
        var kinds: Set<String> = []
        var built = 0
        for seed: UInt64 in 1...4 {
            var site = try EditableSite()
            var random = SplitMix64(seed: seed)
            let live = LiveSite(options: site.options(output: nil))
            #expect(try live.rebuild().diagnostics.map(\.description) == [], "the starting site builds")
            var lastGood = live.site.snapshot
            for step in 1...50 {
                let edit = site.randomEdit(using: &random)
                let touched = try site.apply(edit)
                let update = try live.rebuild(changed: touched)
                let clean = try site.cleanBuild()
                site.record(built: clean.report.succeeded)
                kinds.insert(edit.kind)
                let context = "seed \(seed), step \(step): \(edit)"
                #expect(update.diagnostics.map(\.description) == clean.report.diagnostics.map(\.description), "\(context)")
                guard clean.report.succeeded else {
                    #expect(live.site.snapshot == lastGood, "\(context): a failed build changed the live site")
                    continue
                }
                built += 1
                lastGood = live.site.snapshot
                let differing = Set(lastGood.keys).union(clean.files.keys).filter { lastGood[$0] != clean.files[$0] }.sorted()
                #expect(differing == [], "\(context): the live site differs from a clean build")
                guard differing.isEmpty else { return }
            }
        }
        #expect(kinds == Set(SiteEdit.kinds), "every kind of edit was made")
        #expect(built >= 100, "most steps build (\(built) of 200), so most comparisons are of whole sites")
    }
}

extension BuiltSite {
    /// Every file's bytes by path.
    var snapshot: [String: Data] {
        Dictionary(uniqueKeysWithValues: paths.map { ($0, Data(self[$0]!)) })
    }
}
