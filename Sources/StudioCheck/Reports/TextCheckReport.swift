/// The report for people: one compiler-style line per finding, `PATH: error[rule] message (profile)`,
/// grouped by file, then the summary, the regeneration cost, any notes and the manual checklist.
enum TextCheckReport {
    static func render(_ report: CheckReport, verbose: Bool) -> String {
        var lines: [String] = []
        for asset in report.assets where verbose || !asset.findings.isEmpty {
            let path = asset.facts.path
            if asset.findings.isEmpty { lines.append("\(path): passed") }
            for finding in asset.findings {
                lines.append(
                    "\(path): \(finding.level.rawValue)[\(finding.rule.rawValue)] \(finding.message)" + (finding.profile.map { " (\($0))" } ?? "")
                )
            }
            if let match = asset.history { lines.append("\(path): note: \(describe(match))") }
        }
        lines.append(report.summaryLine)
        if let regeneration = report.regeneration { lines.append(regeneration.sentence) }
        lines += report.notes
        if !report.assets.isEmpty { lines.append(Checklist.reminder) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `made by task 12 (image, hd, SKU MUG-01, use main), output 2`.
    static func describe(_ match: HistoryMatch) -> String {
        let what = match.quality.map { "image, \($0.rawValue)" } ?? "video, \(match.durationSeconds ?? 0) s"
        return "made by task \(match.task) (\(what), SKU \(match.sku), use \(match.useCase)), output \(match.position)"
    }
}
