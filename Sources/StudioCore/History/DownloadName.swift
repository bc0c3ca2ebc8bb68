import Foundation

/// The names downloads get: `<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>`, so files sort by product, then date,
/// then use, and stay findable later.
struct DownloadName {
    /// `<SKU>_<YYYYMMDD>_<use-case>`, with characters unsafe in file names replaced by `-`.
    let stem: String
    /// The extension, lowercased, without the dot; empty when the output had none.
    let pathExtension: String

    init(sku: String, date: Date, useCase: String, pathExtension: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        let stamp = String(format: "%04d%02d%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
        stem = "\(Self.safe(sku))_\(stamp)_\(Self.safe(useCase))"
        self.pathExtension = pathExtension.lowercased()
    }

    /// The `n`th candidate: the plain name for 1, then `_2`, `_3`…
    func candidate(_ n: Int) -> String {
        let name = n == 1 ? stem : "\(stem)_\(n)"
        return pathExtension.isEmpty ? name : "\(name).\(pathExtension)"
    }

    private static func safe(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
        return String(text.trimmingCharacters(in: .whitespaces).map { allowed.contains($0) ? $0 : "-" })
    }
}
