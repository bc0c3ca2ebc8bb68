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
    /// The columns to select so ``init(row:outputs:)`` can read a task with its account and refund.
    static let selection = """
        SELECT g.*, a.email,
               coalesce((SELECT r.amount FROM credit_transaction r WHERE r.task_id = g.id AND r.kind = 'refund'), 0)
                   AS refunded
        FROM generation_task g JOIN account a ON a.id = g.account_id
        """

    init(row: Row, outputs: [GenerationOutput]) throws {
        let table = "generation_task"
        let kind: GenerationKind =
            switch try row.value("tool", in: table) as GenerationTool {
            case .video: .video(try row.value("duration", in: table))
            case .image: .images(try row.value("quality", in: table), count: try row.value("image_count", in: table))
            }
        self.init(
            id: try row.value("id", in: table),
            account: try row.value("email", in: table),
            kind: kind,
            sku: try row.value("sku", in: table),
            useCase: try row.value("use_case", in: table),
            note: try row.value("note", in: table),
            charged: try row.value("cost", in: table),
            status: try row.value("status", in: table),
            failureReason: try row.value("failure_reason", in: table),
            refundEligible: try row.value("refund_eligible", in: table),
            refunded: try row.value("refunded", in: table),
            started: try row.date("created_at", in: table),
            finished: try row.optionalDate("finished_at", in: table),
            outputs: outputs
        )
    }
}
