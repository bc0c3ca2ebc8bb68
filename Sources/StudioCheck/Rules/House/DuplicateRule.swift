import StudioCore

/// `duplicate` (house rule): a file with the same bytes as an earlier file of the run (a warning naming it),
/// and a file that claims the same SKU, date, use case and counter as an earlier one (an error: one of the two
/// would overwrite the other once renamed, and a platform takes the last upload).
enum DuplicateRule {
    /// The findings for each file, by index.
    ///
    /// - Parameters:
    ///   - assets: the files of the run, in order.
    ///   - copies: for each file whose bytes an earlier file has, that earlier file's index.
    ///   - naming: whether names follow the convention, so that their claims are compared.
    /// - Returns: each file's findings, by index; files without findings are left out.
    static func findings(for assets: [CheckedAsset], copies: [Int: Int], naming: Bool) -> [Int: [Finding]] {
        var found: [Int: [Finding]] = [:]
        var firstWithClaim: [Claim: Int] = [:]
        for (index, asset) in assets.enumerated() {
            if let first = copies[index] {
                found[index, default: []].append(
                    Finding(
                        rule: .duplicate,
                        level: .warning,
                        message: "the file has the same bytes as \(assets[first].facts.path): upload one of them",
                        expected: .string("unique bytes"),
                        actual: .string(assets[first].facts.path)
                    )
                )
            }
            guard naming, let name = asset.name else { continue }
            let claim = Claim(sku: name.sku, date: name.date, useCase: name.useCase, counter: name.counter ?? 1)
            if let first = firstWithClaim[claim] {
                found[index, default: []].append(
                    Finding(
                        rule: .duplicate,
                        level: .error,
                        message: "claims the same SKU, date, use case and counter as \(assets[first].facts.path): "
                            + "give one of them the next counter (_\((name.counter ?? 1) + 1)) or another use case",
                        expected: .string("a unique SKU, date, use case and counter"),
                        actual: .string(assets[first].facts.path)
                    )
                )
            } else {
                firstWithClaim[claim] = index
            }
        }
        return found
    }

    /// What a name claims: a SKU, a date, a use case and a counter.
    private struct Claim: Hashable {
        let sku: String
        let date: CalendarDay
        let useCase: String
        let counter: Int
    }
}
