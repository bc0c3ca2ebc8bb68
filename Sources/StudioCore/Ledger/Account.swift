public import Foundation
import GRDB

/// A ProductStudio account: its email, name, current plan and credit balance.
public struct Account: Sendable, Equatable, Encodable {
    /// The email that names the account.
    public let email: String
    /// The display name, if one was given.
    public let name: String?
    /// The id of the last plan bought, if any.
    public let plan: String?
    /// The credits available now.
    public let balance: Int
    /// When the account was opened.
    public let opened: Date

    /// The database id.
    let id: Int64

    private enum CodingKeys: String, CodingKey {
        case email, name, plan, balance, opened
    }
}

extension Account {
    init(row: Row) {
        self.init(
            email: row["email"],
            name: row["name"],
            plan: row["plan"],
            balance: row["balance"],
            opened: row["created_at"],
            id: row["id"]
        )
    }

    /// The account with this email, inside a transaction.
    static func find(_ db: Database, email: String) throws -> Account {
        let statement = try db.cachedStatement(sql: "SELECT * FROM account WHERE email = ?")
        guard let row = try Row.fetchOne(statement, arguments: [email]) else {
            throw LedgerError.unknownAccount(email)
        }
        return Account(row: row)
    }
}
