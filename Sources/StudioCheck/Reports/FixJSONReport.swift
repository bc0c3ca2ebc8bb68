import StudioJSON

/// `check --fix --format json`: `folder`, `dryRun`, `files` (each with `path`, `copy`, `fixes`, `notes`,
/// `before` and `after` as `status` and `findings`, `needsRegenerating`, `notFixed`, `error`), `summary`
/// and `regeneration`.
enum FixJSONReport {
    static func render(_ report: FixReport) -> String {
        var json = JSONObjectWriter()
        json.string("folder", report.folder)
        json.bool("dryRun", report.dryRun)
        let files = report.files.map(file)
        json.raw("files", files.isEmpty ? "[]" : "[\n    " + files.joined(separator: ",\n    ") + "\n  ]")
        var summary = JSONObjectWriter()
        let copies = report.files.filter { $0.copy != nil }
        summary.int("checked", report.checked)
        summary.int("withFindings", report.files.count)
        summary.int("copies", copies.count)
        summary.int("passing", copies.filter { $0.after?.status == .pass }.count)
        summary.int("failing", copies.filter { $0.after?.status == .fail }.count)
        summary.int("needRegenerating", report.files.filter { !$0.plan.needsRegenerating.isEmpty }.count)
        json.raw("summary", summary.text)
        if let regeneration = report.regeneration {
            var cost = JSONObjectWriter()
            cost.int("files", regeneration.files)
            cost.int("credits", regeneration.credits)
            cost.int("balance", regeneration.balance)
            json.raw("regeneration", cost.text)
        } else {
            json.raw("regeneration", "null")
        }
        json.raw("notes", JSONText.array(report.notes.map(JSONText.string)))
        return json.text + "\n"
    }

    private static func file(_ file: FixReport.FixedFile) -> String {
        var json = JSONObjectWriter()
        json.string("path", file.path)
        json.string("copy", file.copy)
        json.raw("fixes", JSONText.array(file.steps.map { JSONText.string($0.rawValue) }))
        json.raw("notes", JSONText.array(file.notes.map(JSONText.string)))
        json.raw("before", verdict(file.plan.asset))
        json.raw("after", file.after.map(verdict) ?? "null")
        let regenerate = file.plan.needsRegenerating
        json.raw("needsRegenerating", rules(regenerate))
        json.raw("notFixed", rules(file.plan.unfixed.filter { !regenerate.contains($0) }))
        json.string("error", file.failure)
        return json.text
    }

    private static func verdict(_ asset: CheckedAsset) -> String {
        var json = JSONObjectWriter()
        json.string("status", asset.status.rawValue)
        json.raw("findings", JSONText.array(asset.findings.map(JSONCheckReport.finding)))
        return json.text
    }

    private static func rules(_ findings: [Finding]) -> String {
        var seen: [String] = []
        for finding in findings where !seen.contains(finding.rule.rawValue) { seen.append(finding.rule.rawValue) }
        return JSONText.array(seen.map(JSONText.string))
    }
}
