public import StudioCore

/// `--sku`, `--date` and `--use`: the parts a copy is named by when its bytes are not in the history.
public struct FixNaming: Sendable, Equatable {
    public let sku: String
    public let date: CalendarDay
    public let useCase: String

    /// The parts, checked against the naming convention (``AssetFileName``).
    /// - Throws: ``AssetFileNameProblem`` naming the part that breaks it.
    public init(sku: String, date: CalendarDay, useCase: String, today: CalendarDay) throws(AssetFileNameProblem) {
        let name = try AssetFileName.parse("\(sku)_\(date.compact)_\(useCase).jpg", today: today)
        (self.sku, self.date, self.useCase) = (name.sku, name.date, name.useCase)
    }
}
