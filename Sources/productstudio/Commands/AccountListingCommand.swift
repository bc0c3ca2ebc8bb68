import ArgumentParser

/// A command that lists an account's records (`credits transactions`, `history list`): it names the records and
/// its columns; printing them, as they are read, is shared.
protocol AccountListingCommand: ParsableCommand {
    associatedtype Record: JSONRecord

    /// `--since`, `--until`, `--limit` and `--format`.
    var listing: ListingOptions { get }
    /// The columns of the text table.
    static var textColumns: [ListingWriter<Record>.Column] { get }
    /// The columns of the CSV records.
    static var csvColumns: [ListingWriter<Record>.Column] { get }

    /// Hands the records to `body` in order, as they are read.
    func forEachRecord(_ body: (Record) throws -> Void) throws
}

extension AccountListingCommand {
    func run() throws {
        try ListingWriter(format: listing.format, text: Self.textColumns, csv: Self.csvColumns).write { try forEachRecord($0) }
    }
}
