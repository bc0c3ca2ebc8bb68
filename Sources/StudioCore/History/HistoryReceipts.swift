/// What starting a task did: the task id, the credits charged, the balance left.
public struct TaskStart: Sendable, Equatable, Codable {
    /// The new task's id.
    public let task: Int64
    /// The credits charged, the schedule's price for the task.
    public let charged: Int
    /// The balance afterwards.
    public let balance: Int
}

/// What completing a task did: the outputs it recorded.
public struct TaskCompletion: Sendable, Equatable, Codable {
    /// The task completed.
    public let task: Int64
    /// The outputs recorded, in order.
    public let outputs: [GenerationOutput]
}

/// What failing a task did: the credits it returned.
public struct TaskFailure: Sendable, Equatable, Codable {
    /// The task failed.
    public let task: Int64
    /// The credits returned: the task's charge for an eligible failure, else 0.
    public let refunded: Int
    /// The balance afterwards.
    public let balance: Int
}
