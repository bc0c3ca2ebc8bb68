/// `check --fix` for people: for each file with findings, where its copy went and which steps it got, then
/// its verdict before → after (or what it needs), then the totals.
///
/// ```
/// MUG-01_20261120_main.png -> fixed/MUG-01_20261120_main.jpg: flatten, white-background, convert-format
///   before: fail (transparency, format); after: pass
/// ```
enum FixTextReport {
    static func render(_ report: FixReport) -> String {
        var lines: [String] = []
        for file in report.files {
            let steps = file.steps.map(\.rawValue).joined(separator: ", ")
            if let copy = file.copy {
                lines.append("\(file.path) -> \(copy): " + (steps.isEmpty ? "the same bytes" : steps))
            } else {
                lines.append("\(file.path): no copy")
            }
            var verdict = "  before: " + describe(file.plan.asset.status, file.plan.asset.findings)
            if let after = file.after { verdict += "; after: " + describe(after.status, after.findings) }
            lines.append(verdict)
            let regenerate = file.plan.needsRegenerating
            if !regenerate.isEmpty { lines.append("  needs regenerating: " + rules(regenerate)) }
            let left = file.plan.unfixed.filter { !FixStep.needsRegenerating.contains($0.rule) }
            if !left.isEmpty { lines.append("  not fixed (no mechanical fix): " + rules(left)) }
            if let failure = file.failure { lines.append("  error: " + failure) }
            lines += file.notes.map { "  note: " + $0 }
        }
        lines.append(summary(report))
        if let regeneration = report.regeneration { lines.append(regeneration.sentence) }
        lines += report.notes
        return lines.joined(separator: "\n") + "\n"
    }

    /// `fail (ratio, product-fill)`, `pass`.
    private static func describe(_ status: CheckedAsset.Status, _ findings: [Finding]) -> String {
        findings.isEmpty ? status.rawValue : "\(status.rawValue) (\(rules(findings)))"
    }

    /// The rule ids, each once, with the profile when there is one: `ratio (walmart), gps`.
    private static func rules(_ findings: [Finding]) -> String {
        var seen: [String] = []
        for finding in findings {
            let text = finding.rule.rawValue + (finding.profile.map { " (\($0))" } ?? "")
            if !seen.contains(text) { seen.append(text) }
        }
        return seen.joined(separator: ", ")
    }

    /// The summary line of the text report.
    ///
    /// `3 files with findings of 12: 2 copies written to fixed/ (2 pass), 1 needs regenerating.`
    static func summary(_ report: FixReport) -> String {
        let copies = report.files.filter { $0.copy != nil }
        let passing = copies.filter { $0.after?.status == .pass }.count
        let failing = copies.filter { $0.after?.status == .fail }.count
        let regenerating = report.files.filter { !$0.plan.needsRegenerating.isEmpty }.count
        let failed = report.files.filter { $0.failure != nil }.count
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(report.files.count, "file")) with findings of \(report.checked): "
        if report.dryRun {
            text +=
                "\(plural(copies.count, "copy").replacingOccurrences(of: "copys", with: "copies")) would be written to \(report.folder) (dry run: nothing was written)"
        } else {
            text +=
                "\(plural(copies.count, "copy").replacingOccurrences(of: "copys", with: "copies")) written to \(report.folder) "
                + "(\(passing) pass, \(copies.count - passing - failing) with warnings, \(failing) still fail)"
        }
        if failed > 0 { text += ", \(failed) could not be made" }
        return text + ", \(regenerating) need\(regenerating == 1 ? "s" : "") regenerating."
    }
}
