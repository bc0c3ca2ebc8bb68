public import Foundation
import GRDB

/// The generation history of each account: tasks charged when they start, their outputs when they complete,
/// and the refund of an eligible failure (the recorded failure flow).
///
/// ```swift
/// let history = GenerationHistory(database: database)
/// let start = try history.start(
///     GenerationRequest(kind: .images(.hd, count: 2), sku: "MUG-01", useCase: "main-image"),
///     for: "ana@example.com")                                   // charges 40, all or nothing
/// try history.complete(start.task, outputs: [fileURL], for: "ana@example.com")
/// ```
public struct GenerationHistory: Sendable {
    /// The database the history lives in.
    public let database: StudioDatabase
    /// The prices tasks are charged.
    public let schedule: PriceSchedule

    /// Creates a history over `database`.
    public init(database: StudioDatabase, schedule: PriceSchedule = .current) {
        self.database = database
        self.schedule = schedule
    }

    /// Starts a task and charges the schedule's price for it, all or nothing.
    ///
    /// The SKU and use case are stored trimmed and in Unicode NFC, and checked (``NamePart``) before anything is
    /// charged: they become the task's download names.
    /// - Throws: ``AccountError/insufficientCredits(balance:cost:)`` (nothing charged), ``AccountError/invalidCount(_:)``,
    ///   ``AccountError/emptyField(_:)``, ``AccountError/invalidNamePart(field:value:problem:)``,
    ///   ``AccountError/unknownAccount(_:)``.
    @discardableResult
    public func start(
        _ request: GenerationRequest,
        for email: String,
        idempotencyKey: String? = nil
    ) throws
        -> TaskStart
    {
        let cost: Int
        do { cost = try schedule.cost(of: request.kind) } catch { throw AccountError.invalidCount(error.count) }
        let sku = NamePart.normalized(request.sku)
        let useCase = NamePart.normalized(request.useCase)
        try NamePart.check(sku, as: "SKU")
        try NamePart.check(useCase, as: "use case")
        let address = try EmailAddress(email)
        let columns = Columns(request.kind)
        let dbRequest = LedgerRequest(
            operation: "history.start",
            scope: address,
            parameters: [
                ("account", address.text), ("tool", columns.tool.rawValue), ("quality", columns.quality),
                ("count", columns.count.map(String.init)), ("duration", columns.duration.map(String.init)),
                ("sku", sku), ("use", useCase), ("note", request.note),
            ]
        )
        return try database.write(key: idempotencyKey, request: dbRequest) { db in
            let account = try Account.find(db, email: email)
            guard account.balance >= cost else {
                throw AccountError.insufficientCredits(balance: account.balance, cost: cost)
            }
            let now = database.clock.now()
            try db.cachedStatement(
                sql: """
                    INSERT INTO generation_task
                        (account_id, tool, quality, image_count, duration, sku, use_case, note, cost, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    account.id, columns.tool.rawValue, columns.quality, columns.count, columns.duration, sku, useCase,
                    request.note, cost, now,
                ]
            )
            let task = db.lastInsertedRowID
            let posted = try CreditLedger.post(
                db,
                account: account,
                entry: LedgerEntry(kind: .charge, amount: -cost, task: task),
                at: now
            )
            return TaskStart(task: task, charged: cost, balance: posted.balance)
        }
    }

    /// Completes a running task and records each output's path, SHA-256 and size.
    /// - Throws: ``AccountError/unreadableOutput(path:)``, ``AccountError/outputNotAFile(path:kind:)``,
    ///   ``AccountError/unknownTask(_:)``,
    ///   ``AccountError/taskFinished(task:status:)`` for a task that already completed or failed.
    @discardableResult
    public func complete(
        _ task: Int64,
        outputs files: [URL],
        for email: String,
        idempotencyKey: String? = nil
    )
        throws -> TaskCompletion
    {
        let outputs = try files.enumerated().map { index, file in
            let url = file.standardizedFileURL
            do {
                let (digest, bytes) = try SHA256.hex(ofFileAt: url)
                return GenerationOutput(position: index + 1, path: url.path, sha256: digest, bytes: bytes)
            } catch let error as NotARegularFile {
                throw AccountError.outputNotAFile(path: file.path, kind: error.kind)
            } catch {
                throw AccountError.unreadableOutput(path: file.path)
            }
        }
        let address = try EmailAddress(email)
        let request = LedgerRequest(
            operation: "history.complete",
            scope: address,
            parameters: [("account", address.text), ("task", "\(task)")] + outputs.map { ("output", "\($0.path) \($0.sha256)") }
        )
        return try database.write(key: idempotencyKey, request: request) { db in
            try Self.finish(db, task: task, of: email, as: .completed, at: database.clock.now())
            for output in outputs {
                try db.execute(
                    sql: "INSERT INTO generation_output (task_id, position, path, sha256, bytes) VALUES (?, ?, ?, ?, ?)",
                    arguments: [task, output.position, output.path, output.sha256, output.bytes]
                )
            }
            return TaskCompletion(task: task, outputs: outputs)
        }
    }

    /// Records that a running task failed; an eligible failure returns exactly the task's charge, once.
    /// - Throws: ``AccountError/emptyField(_:)``, ``AccountError/unknownTask(_:)``,
    ///   ``AccountError/taskFinished(task:status:)`` for a task that already completed or failed.
    @discardableResult
    public func fail(
        _ task: Int64,
        reason: String,
        eligible: Bool,
        for email: String,
        idempotencyKey: String? = nil
    ) throws -> TaskFailure {
        guard !reason.isBlank else { throw AccountError.emptyField("reason") }
        let address = try EmailAddress(email)
        let request = LedgerRequest(
            operation: "history.fail",
            scope: address,
            parameters: [("account", address.text), ("task", "\(task)"), ("reason", reason), ("eligible", "\(eligible)")]
        )
        return try database.write(key: idempotencyKey, request: request) { db in
            let now = database.clock.now()
            let cost = try Self.finish(db, task: task, of: email, as: .failed, reason: reason, eligible: eligible, at: now)
            let account = try Account.find(db, email: email)
            guard eligible else { return TaskFailure(task: task, refunded: 0, balance: account.balance) }
            let posted = try CreditLedger.post(
                db,
                account: account,
                entry: LedgerEntry(kind: .refund, amount: cost, task: task),
                at: now
            )
            return TaskFailure(task: task, refunded: cost, balance: posted.balance)
        }
    }

    /// Moves a running task of the account to `status`.
    /// - Returns: The task's cost.
    @discardableResult
    private static func finish(
        _ db: Database,
        task: Int64,
        of email: String,
        as status: TaskStatus,
        reason: String? = nil,
        eligible: Bool = false,
        at date: Date
    ) throws -> Int {
        let account = try Account.find(db, email: email)
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT status, cost FROM generation_task WHERE id = ? AND account_id = ?"),
                arguments: [task, account.id]
            )
        else { throw AccountError.unknownTask(task) }
        let current: TaskStatus = try row.value("status", in: "generation_task")
        guard current == .running else { throw AccountError.taskFinished(task: task, status: current) }
        try db.cachedStatement(
            sql: """
                UPDATE generation_task SET status = ?, failure_reason = ?, refund_eligible = ?, finished_at = ?
                WHERE id = ?
                """
        ).execute(arguments: [status.rawValue, reason, eligible, date, task])
        return try row.value("cost", in: "generation_task")
    }
}

/// How a ``GenerationKind`` is spread over the task table's columns.
private struct Columns {
    var tool: GenerationTool
    var quality: String?
    var count: Int?
    var duration: Int?

    init(_ kind: GenerationKind) {
        switch kind {
        case .images(let quality, let count): self.init(tool: .image, quality: quality.rawValue, count: count)
        case .video(let duration): self.init(tool: .video, duration: duration.rawValue)
        }
    }

    private init(tool: GenerationTool, quality: String? = nil, count: Int? = nil, duration: Int? = nil) {
        self.tool = tool
        self.quality = quality
        self.count = count
        self.duration = duration
    }
}

extension PricingError {
    fileprivate var count: Int {
        switch self {
        case .invalidCount(let count): count
        }
    }
}
