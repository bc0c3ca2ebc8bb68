import Foundation
import StudioCore

/// `check --format html`: one self-contained page a person reviews and signs off.
///
/// A header with the profiles, the date, the counts and the regeneration cost; filters (status, profile,
/// rule); the manual checklist for the batch and for each file, ticked boxes kept in the browser's
/// `localStorage` by each file's SHA-256, and a button that copies a plain-text sign-off; then one card per
/// file, failures first, with its thumbnail, facts, findings and history. The stylesheet, the script and
/// every thumbnail are inside the file: it works opened from disk and fetches nothing. Its look is the help
/// site's theme, in light and dark.
enum ReviewPage {
    static func render(_ report: CheckReport, context: ReportContext) -> String {
        guard let template = ReviewTemplate.page else { return "" }
        let titles = Dictionary(report.profileDetails.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        let order: [CheckedAsset.Status] = [.fail, .warn, .pass]
        let sorted = report.assets.enumerated().sorted { a, b in
            let (rankA, rankB) = (order.firstIndex(of: a.element.status)!, order.firstIndex(of: b.element.status)!)
            return rankA == rankB ? a.offset < b.offset : rankA < rankB
        }
        let cards = sorted.map { ReviewCard(asset: $0.element, index: $0.offset + 1, profileTitles: titles).context }
        let summary = report.summary
        var page: [String: Any] = [
            "title": title(summary),
            "date": context.date,
            "version": context.toolVersion,
            "profilesText": report.profiles.isEmpty ? "the house rules only" : Wording.list(report.profileDetails.map(\.title), or: "and"),
            "summary": [
                "files": summary.files, "passed": summary.passed, "warned": summary.warned, "failed": summary.failed,
                "errors": summary.errors, "warnings": summary.warnings,
            ],
            "notes": report.notes,
            "batchKey": SHA256.hex(of: Array(report.assets.map { ReviewCard.storageKey(of: $0) }.joined(separator: "\n").utf8)),
            "checklist": Checklist.items.map { ["id": $0.id, "title": $0.title, "details": $0.items.joined(separator: " ")] },
            "profiles": report.profileDetails.map { ["name": $0.name, "title": $0.title] },
            "rules": Set(report.assets.flatMap { $0.findings.map(\.rule.rawValue) }).sorted(),
            "cards": cards,
            "css": ReviewTemplate.stylesheet,
            "js": ReviewTemplate.script,
        ]
        if let regeneration = report.regeneration { page["regeneration"] = regeneration.sentence }
        return template.render(page)
    }

    /// `12 files: 2 fail, 1 with warnings`.
    private static func title(_ summary: CheckReport.Summary) -> String {
        "\(summary.files) file\(summary.files == 1 ? "" : "s"): \(summary.failed) fail, \(summary.warned) with warnings, \(summary.passed) pass"
    }
}
