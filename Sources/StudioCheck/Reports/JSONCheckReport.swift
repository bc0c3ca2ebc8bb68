import StudioAssets
import StudioConcurrency
import StudioCore
import StudioJSON

/// The JSON contract of `check --format json`: one object with `profiles`, `assets` (each with its name,
/// status, findings, history and `inspect` facts), `summary`, `regeneration` and `checklist`.
enum JSONCheckReport {
    static func render(_ report: CheckReport) -> String {
        let summary = report.summary
        var counts = JSONObjectWriter()
        counts.int("files", summary.files)
        counts.int("passed", summary.passed)
        counts.int("warned", summary.warned)
        counts.int("failed", summary.failed)
        counts.int("errors", summary.errors)
        counts.int("warnings", summary.warnings)
        // Each asset's object is made on all cores: with the facts inside, they are most of the report.
        let objects = report.assets.parallelMap(asset)
        let assets = objects.isEmpty ? "[]" : "[\n    " + objects.joined(separator: ",\n    ") + "\n  ]"
        let members = [
            ("profiles", JSONText.array(report.profiles.map(JSONText.string))),
            ("assets", assets),
            ("summary", counts.text),
            ("regeneration", report.regeneration.map(regeneration) ?? "null"),
            ("notes", JSONText.array(report.notes.map(JSONText.string))),
            ("checklist", JSONText.array(Checklist.items.map(checklist))),
        ]
        return "{\n  " + members.map { JSONText.string($0.0) + ": " + $0.1 }.joined(separator: ",\n  ") + "\n}\n"
    }

    private static func asset(_ asset: CheckedAsset) -> String {
        var json = JSONObjectWriter()
        json.string("path", asset.facts.path)
        json.string("slot", asset.slot.rawValue)
        json.raw("name", asset.name.map(name) ?? "null")
        json.string("status", asset.status.rawValue)
        json.raw("findings", JSONText.array(asset.findings.map(finding)))
        json.raw("history", asset.history.map(history) ?? "null")
        json.raw("facts", JSONReport.object(asset.facts))
        return json.text
    }

    private static func name(_ name: AssetFileName) -> String {
        var json = JSONObjectWriter()
        json.string("sku", name.sku)
        json.string("date", name.date.description)
        json.string("useCase", name.useCase)
        json.int("counter", name.counter)
        return json.text
    }

    static func finding(_ finding: Finding) -> String {
        var json = JSONObjectWriter()
        json.string("rule", finding.rule.rawValue)
        json.string("level", finding.level.rawValue)
        json.string("profile", finding.profile)
        json.string("message", finding.message)
        json.raw("expected", finding.expected?.json ?? "null")
        json.raw("actual", finding.actual?.json ?? "null")
        json.string("source", finding.source)
        return json.text
    }

    private static func history(_ match: HistoryMatch) -> String {
        var json = JSONObjectWriter()
        json.int("task", Int(match.task))
        json.int("position", match.position)
        json.string("tool", match.tool.rawValue)
        if let quality = match.quality { json.string("quality", quality.rawValue) }
        if let seconds = match.durationSeconds { json.int("duration", seconds) }
        json.string("sku", match.sku)
        json.string("use", match.useCase)
        return json.text
    }

    private static func regeneration(_ regeneration: CheckReport.Regeneration) -> String {
        var json = JSONObjectWriter()
        json.int("files", regeneration.files)
        json.int("credits", regeneration.credits)
        json.int("balance", regeneration.balance)
        json.int("shortfall", regeneration.shortfall)
        return json.text
    }

    private static func checklist(_ item: Checklist.Item) -> String {
        var json = JSONObjectWriter()
        json.string("id", item.id)
        json.string("title", item.title)
        json.raw("items", JSONText.array(item.items.map(JSONText.string)))
        return json.text
    }
}
