import Glibc

/// Why an operation on an account's credits or generation history was refused.
///
/// Nothing was changed.
///
/// Each case holds data; ``description`` words it for people without naming any command or option (the command
/// line adds those).
public enum AccountError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not an email address.
    case invalidEmail(String)
    /// An account with this email already exists.
    case accountExists(String)
    /// No account has this email.
    case unknownAccount(String)
    /// The catalog has no pack or plan with this id.
    case unknownPack(String)
    /// A required text (payment reference, SKU, use case, failure reason) is empty.
    case emptyField(String)
    /// An image count that is zero, negative or too large to price.
    case invalidCount(Int)
    /// The balance does not cover the cost.
    case insufficientCredits(balance: Int, cost: Int)
    /// An adjustment of zero credits, or one that would take the balance below zero.
    case invalidAdjustment(amount: Int, balance: Int)
    /// Adding `amount` would take the balance past the largest the ledger holds, `Int.max`.
    case balanceLimit(balance: Int, amount: Int)
    /// A SKU or use case that cannot become part of a file name.
    case invalidNamePart(field: String, value: String, problem: NamePartProblem)
    /// The account has no task with this id.
    case unknownTask(Int64)
    /// The task has already completed or failed, so it cannot complete, fail or be refunded again.
    case taskFinished(task: Int64, status: TaskStatus)
    /// The task is running or failed, so it has no outputs to download.
    case nothingToDownload(task: Int64, status: TaskStatus)
    /// The idempotency key was first used for a different request.
    case idempotencyKeyReused(String)
    /// An output file could not be read.
    case unreadableOutput(path: String)
    /// An output path names a folder, a FIFO or another thing that is not a regular file.
    case outputNotAFile(path: String, kind: FileKind)
    /// An output file no longer has the content recorded for it.
    case outputChanged(path: String)
    /// The download folder's path names something that is not a folder.
    case notAFolder(path: String)
    /// A download could not write `path`; `code` is the C library's error number.
    case cannotWrite(path: String, code: Int32)

    public var description: String {
        switch self {
        case .invalidEmail(let text):
            "'\(text.visible)' is not an email address (name@domain.tld, at most \(EmailAddress.maximumLength) bytes)"
        case .accountExists(let email): "an account for \(email.visible) already exists"
        case .unknownAccount(let email): "no account for \(email.visible)"
        case .unknownPack(let id): "no plan or pack '\(id.visible)'"
        case .emptyField(let name): "the \(name) cannot be empty"
        case .invalidCount(let count): "the image count must be a positive number, not \(count)"
        case .insufficientCredits(let balance, let cost):
            "not enough credits: the balance is \(balance), this generation costs \(cost), \(cost - balance) short. "
                + "Open Buy Credits or Credits Management, buy a plan or a one-time credit pack, then run the generation again"
        case .invalidAdjustment(let amount, let balance):
            amount == 0
                ? "an adjustment must change the balance"
                : "an adjustment of \(amount) would take the balance of \(balance) below zero"
        case .balanceLimit(let balance, let amount):
            "adding \(amount) credits to the balance of \(balance) would pass the largest balance the ledger can hold "
                + "(\(Int.max)); nothing was changed"
        case .invalidNamePart(let field, let value, let problem):
            "the \(field) '\(value.visible)' \(problem); it becomes part of the download's file name"
        case .unknownTask(let id): "no task \(id) in this account's history"
        case .taskFinished(let id, let status): "task \(id) has already \(status.rawValue); nothing was changed"
        case .nothingToDownload(let id, let status):
            status == .running
                ? "task \(id) is still running: its outputs can be downloaded once it has completed"
                : "task \(id) \(status.rawValue) and has no outputs to download"
        case .idempotencyKeyReused(let key):
            "the idempotency key '\(key.visible)' was already used for a different request; nothing was changed"
        case .unreadableOutput(let path): "cannot read the output file \(path.visible)"
        case .outputNotAFile(let path, let kind): "the output \(path.visible) is a \(kind.rawValue), not a file"
        case .outputChanged(let path): "\(path.visible) no longer matches the SHA-256 recorded for it"
        case .notAFolder(let path): "\(path.visible) is a file, not a folder"
        case .cannotWrite(let path, let code): "cannot write \(path.visible): \(String(cString: strerror(code)))"
        }
    }
}
