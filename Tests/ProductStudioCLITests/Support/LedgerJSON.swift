/// The JSON contracts of the ledger commands (`credits`, `history`, `account`), as scripts read them.
///
/// Keys that are always printed are non-optional, so a renamed or missing key fails the decoding; optional
/// properties are keys printed only when they have a value.
enum LedgerJSON {
    /// `credits balance`.
    struct Balance: Decodable {
        let account: String
        let balance: Int
    }

    /// `credits open`.
    struct Opening: Decodable {
        let account: String
        let name: String?
        let granted: Int
        let balance: Int
    }

    /// `credits buy`.
    struct Purchase: Decodable {
        let account: String
        let pack: String
        let credits: Int
        let reference: String
        let transaction: Int
        let balance: Int
    }

    /// `credits packs`: one plan or pack of the catalog.
    struct Pack: Decodable, Equatable {
        let id: String
        let kind: String
        let name: String
        let credits: Int
        let period: String?
    }

    /// `credits transactions`: one row.
    struct Transaction: Decodable {
        let id: Int
        let date: String
        let kind: String
        let amount: Int
        let balance: Int
        let task: Int?
        let pack: String?
        let reference: String?
        let note: String?
    }

    /// `credits verify`.
    struct Verification: Decodable {
        let sound: Bool
        let accounts: Int
        let transactions: Int
        let checked: [String]
        let violations: [Violation]

        /// One broken invariant.
        struct Violation: Decodable {
            let invariant: String
            let count: Int
            let examples: [String]
        }
    }

    /// `account show` and `account set`.
    struct Account: Decodable {
        let email: String
        let name: String?
        let plan: String?
        let balance: Int
        let opened: String
    }

    /// `history start`.
    struct TaskStart: Decodable {
        let task: Int
        let charged: Int
        let balance: Int
    }

    /// `history complete`.
    struct TaskCompletion: Decodable {
        let task: Int
        let outputs: [Output]
    }

    /// `history fail`.
    struct TaskFailure: Decodable {
        let task: Int
        let refunded: Int
        let balance: Int
    }

    /// `history show`, and each row of `history list`.
    struct Task: Decodable {
        let task: Int
        let account: String
        let tool: String
        /// Images only.
        let quality: String?
        /// Images only.
        let count: Int?
        /// Videos only, in seconds.
        let duration: Int?
        let sku: String
        let use: String
        let note: String?
        let status: String
        let charged: Int
        let refunded: Int
        /// Failed tasks only.
        let eligible: Bool?
        let reason: String?
        let started: String
        let finished: String?
        let outputs: [Output]
    }

    /// One recorded output of a task.
    struct Output: Decodable {
        let position: Int
        let path: String
        let sha256: String
        let bytes: Int
    }
}
