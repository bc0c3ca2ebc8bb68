import ArgumentParser
import StudioCore

extension EmailAddress {
    /// Refuses, as a usage error, text that is not an email address, before any database is opened.
    static func validate(_ text: String) throws {
        do throws(AccountError) {
            _ = try EmailAddress(text)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
