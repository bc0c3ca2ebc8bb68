import ArgumentParser
import StudioCheck
import StudioCore

/// `--sku`, `--date` and `--use`: the parts `check --fix` names a copy by when the history does not know its bytes.
struct FixNamingOptions: ParsableArguments {
    @Option(help: "With --fix: the SKU to name copies by when the history does not know them (with --date and --use).")
    var sku: String?

    @Option(help: "With --fix: the date for those names, YYYYMMDD or YYYY-MM-DD.")
    var date: String?

    @Option(help: "With --fix: the use case for those names (main, alt, lifestyle, ...).")
    var use: String?

    /// Whether any of the three was given.
    var isGiven: Bool { sku != nil || date != nil || use != nil }

    func validate() throws {
        guard isGiven else { return }
        guard sku != nil, date != nil, use != nil else { throw ValidationError("--sku, --date and --use go together: give all three.") }
        guard day != nil else { throw ValidationError("--date must be a calendar date written YYYYMMDD or YYYY-MM-DD, not '\(date ?? "")'.") }
    }

    /// The parts, checked against the naming convention, or nil when none was given.
    func parts(today: CalendarDay) throws -> FixNaming? {
        guard let sku, let use, let day else { return nil }
        do throws(AssetFileNameProblem) {
            return try FixNaming(sku: sku, date: day, useCase: use, today: today)
        } catch {
            throw ValidationError("--sku, --date and --use make no name in the convention: \(error).")
        }
    }

    private var day: CalendarDay? {
        guard let date else { return nil }
        let digits = date.count == 10 && date.filter({ $0 == "-" }).count == 2 ? date.replacingOccurrences(of: "-", with: "") : date
        return CalendarDay(compact: digits)
    }
}
