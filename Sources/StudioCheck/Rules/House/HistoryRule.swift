import StudioCore

/// `history` (house rule, warning): the generation history recorded these bytes under another SKU or use case
/// than the file's name says (compared as download names write them).
enum HistoryRule {
    static func finding(name: AssetFileName?, match: HistoryMatch) -> Finding? {
        guard let name else { return nil }
        let recordedSKU = AssetFileName.conventionText(match.sku)
        let recordedUse = AssetFileName.conventionText(match.useCase)
        guard recordedSKU != name.sku || recordedUse != name.useCase else { return nil }
        return Finding(
            rule: .history,
            level: .warning,
            message: "task \(match.task) made these bytes for SKU \(recordedSKU), use case \(recordedUse); "
                + "the name says SKU \(name.sku), use case \(name.useCase): check that this is the right file",
            expected: .object([("sku", .string(recordedSKU)), ("useCase", .string(recordedUse))]),
            actual: .object([("sku", .string(name.sku)), ("useCase", .string(name.useCase))])
        )
    }
}
