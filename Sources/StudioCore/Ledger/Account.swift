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
    init(row: Row) throws {
        self.init(
            email: try row.value("email", in: "account"),
            name: try row.value("name", in: "account"),
            plan: try row.value("plan", in: "account"),
            balance: try row.value("balance", in: "account"),
            opened: try row.date("created_at", in: "account"),
            id: try row.value("id", in: "account")
        )
    }

    /// The account with this email (in any case or Unicode form), inside a transaction.
    /// - Throws: ``AccountError/invalidEmail(_:)``, ``AccountError/unknownAccount(_:)``.
    static func find(_ db: Database, email: String) throws -> Account {
        let statement = try db.cachedStatement(sql: "SELECT * FROM account WHERE email = ?")
        guard let row = try Row.fetchOne(statement, arguments: [try EmailAddress(email).text]) else {
            throw AccountError.unknownAccount(email)
        }
        return try Account(row: row)
    }
}
