import ArgumentParser
import StudioCore

/// `--since`, `--until`, `--limit` and `--format`, shared by the listings of credits and history.
struct ListingOptions: ParsableArguments {
    @Option(help: "Only entries on or after this day (YYYY-MM-DD) or time (ISO 8601).")
    var since: String?

    @Option(help: "Only entries up to this day (included) or before this time.")
    var until: String?

    @Option(help: "At most this many entries, taken in the listing's order.")
    var limit: Int?

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func validate() throws {
        _ = try dates()
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number, not \(limit).") }
    }

    /// The span `--since` and `--until` describe.
    func dates() throws -> DateRange {
        do { return try DateRange(since: since, until: until) } catch { throw ValidationError(error.description) }
    }
}
