public import Foundation
import GRDB

/// Where a generation task is in its life.
public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    /// Charged and not finished yet.
    case running
    /// Finished with its outputs recorded.
    case completed
    /// Finished without outputs; an eligible failure had its charge refunded.
    case failed
}

/// The tool a task ran: the dashboard keeps an image history and a video history.
public enum GenerationTool: String, Sendable, Codable, CaseIterable {
    /// Product image generation.
    case image
    /// Product video generation.
    case video
}

/// One generation, as the dashboard's history shows it: what was asked for, what it cost, how it ended
/// and the files it produced.
public struct GenerationTask: Sendable, Equatable {
    /// The task id.
    public let id: Int64
    /// The account's email.
    public let account: String
    /// What was generated: images at a quality, or a video of a length.
    public let kind: GenerationKind
    /// The product's SKU.
    public let sku: String
    /// What the output is for, such as `main-image`.
    public let useCase: String
    /// A free-form note.
    public let note: String?
    /// The credits charged when it started.
    public let charged: Int
    /// Where it is in its life.
    public let status: TaskStatus
    /// Why it failed, for a failed task.
    public let failureReason: String?
    /// Whether its failure was eligible for a refund.
    public let refundEligible: Bool
    /// The credits returned (its charge, after an eligible failure), else 0.
    public let refunded: Int
    /// When it started.
    public let started: Date
    /// When it completed or failed.
    public let finished: Date?
    /// The files it produced, in order.
    public let outputs: [GenerationOutput]

    /// The tool that ran it.
    public var tool: GenerationTool {
        switch kind {
        case .images: .image
        case .video: .video
        }
    }
}

extension GenerationTask {
    /// The columns ``selection`` reads, in its order.
    enum Column: Int, ResultColumn {
        case id, email, tool, quality, imageCount, duration, sku, useCase, note, cost, status, failureReason
        case refundEligible, refunded, createdAt, finishedAt

        static let table = "generation_task"

        var name: String {
            switch self {
            case .id: "id"
            case .email: "email"
            case .tool: "tool"
            case .quality: "quality"
            case .duration: "duration"
            case .sku: "sku"
            case .note: "note"
            case .cost: "cost"
            case .status: "status"
            case .refunded: "refunded"
            case .imageCount: "image_count"
            case .useCase: "use_case"
            case .failureReason: "failure_reason"
            case .refundEligible: "refund_eligible"
            case .createdAt: "created_at"
            case .finishedAt: "finished_at"
            }
        }
    }

    /// The query that reads tasks (`g`) with their account and refund, in ``Column``'s order.
    private static let selection =
        "SELECT "
        + Column.allCases.map { column in
            switch column {
            case .email: "a.email"
            case .refunded:
                "coalesce((SELECT r.amount FROM credit_transaction r WHERE r.task_id = g.id AND r.kind = 'refund'), 0) AS refunded"
            default: "g." + column.name
            }
        }.joined(separator: ", ")
        + " FROM generation_task g JOIN account a ON a.id = g.account_id"

    /// The tasks `clause` picks (a WHERE and what follows, over `g`), as they are read, each with the outputs
    /// `outputs` hands over for its id.
    static func cursor(
        _ db: Database,
        _ clause: String,
        arguments: StatementArguments = [],
        outputs: @escaping (_ task: Int64) throws -> [GenerationOutput]
    ) throws -> StoredRowCursor<GenerationTask> {
        try StoredRowCursor(db, sql: selection + clause, arguments: arguments) { row in
            try GenerationTask(row: row, outputs: outputs)
        }
    }

    private init(row: StoredRow, outputs: (_ task: Int64) throws -> [GenerationOutput]) throws {
        let id: Int64 = try row.value(Column.id)
        let kind: GenerationKind =
            switch try row.value(Column.tool) as GenerationTool {
            case .video: .video(try row.value(Column.duration))
            case .image: .images(try row.value(Column.quality), count: try row.value(Column.imageCount))
            }
        self.init(
            id: id,
            account: try row.value(Column.email),
            kind: kind,
            sku: try row.value(Column.sku),
            useCase: try row.value(Column.useCase),
            note: try row.value(Column.note),
            charged: try row.value(Column.cost),
            status: try row.value(Column.status),
            failureReason: try row.value(Column.failureReason),
            refundEligible: try row.value(Column.refundEligible),
            refunded: try row.value(Column.refunded),
            started: try row.date(Column.createdAt),
            finished: try row.optionalDate(Column.finishedAt),
            outputs: try outputs(id)
        )
    }
}
