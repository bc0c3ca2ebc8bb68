import ArgumentParser
import Foundation
import StudioCore

/// `--account`: the signed-in account, by email, for commands where it is optional (`check`).
struct AccountOption: ParsableArguments {
    @Option(help: "The account's email (default: $PRODUCTSTUDIO_ACCOUNT).")
    var account: String?

    func validate() throws {
        if let email { try EmailAddress.validate(email) }
    }

    /// `--account`, else `$PRODUCTSTUDIO_ACCOUNT`, else nil.
    var email: String? {
        if let account { return account }
        if let email = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_ACCOUNT"], !email.isEmpty { return email }
        return nil
    }
}
