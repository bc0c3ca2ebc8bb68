import Foundation

/// The names downloads get, in the naming convention (``AssetFileName``): the task's SKU and use case made to
/// follow it, the day the task started (UTC), and the next free counter.
struct DownloadName {
    private let sku: String
    private let date: CalendarDay
    private let useCase: String
    /// The extension, lowercased, without the dot; empty when the output had none.
    private let pathExtension: String

    init(sku: String, date: Date, useCase: String, pathExtension: String) {
        self.sku = AssetFileName.conventionText(sku)
        self.date = CalendarDay(date)
        self.useCase = AssetFileName.conventionText(useCase)
        self.pathExtension = pathExtension.lowercased()
    }

    /// The `n`th candidate: the plain name for 1, then `_2`, `_3` and so on.
    func candidate(_ n: Int) -> String {
        AssetFileName(sku: sku, date: date, useCase: useCase, counter: n == 1 ? nil : n, pathExtension: pathExtension).fileName
    }
}
