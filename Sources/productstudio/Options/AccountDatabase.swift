import ArgumentParser
import StudioCore

/// `--db` and `--account`: the database and the account a command on credits or history works on.
///
/// The account is required and checked in `validate()`, before the database is opened, so a forgotten
/// `--account` creates no file.
struct AccountDatabase: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var account: AccountOption

    func validate() throws {
        guard account.email != nil else { throw ValidationError("Name the account with --account EMAIL or $PRODUCTSTUDIO_ACCOUNT.") }
    }

    /// The account's email, as given.
    var email: String { account.email ?? "" }

    /// The ledger over the opened database.
    func ledger() throws -> CreditLedger { CreditLedger(database: try database.open()) }

    /// The generation history over the opened database.
    func history() throws -> GenerationHistory { GenerationHistory(database: try database.open()) }
}
