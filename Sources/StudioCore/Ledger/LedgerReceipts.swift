/// What opening an account did: the welcome balance it granted.
public struct AccountOpening: Sendable, Equatable, Codable {
    /// The new account's email.
    public let account: String
    /// Its name, if given.
    public let name: String?
    /// The credits granted, the schedule's welcome balance.
    public let granted: Int
    /// The balance afterwards.
    public let balance: Int
}

/// What buying a plan or pack did.
public struct Purchase: Sendable, Equatable, Codable {
    /// The account credited.
    public let account: String
    /// The plan or pack id.
    public let pack: String
    /// The credits added.
    public let credits: Int
    /// The payment reference recorded with them.
    public let reference: String
    /// The transaction written.
    public let transaction: Int64
    /// The balance afterwards.
    public let balance: Int
}

/// What a manual adjustment did.
public struct Adjustment: Sendable, Equatable, Codable {
    /// The account adjusted.
    public let account: String
    /// Credits added (positive) or removed (negative).
    public let amount: Int
    /// The transaction written.
    public let transaction: Int64
    /// The balance afterwards.
    public let balance: Int
}
