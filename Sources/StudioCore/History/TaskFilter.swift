/// Which tasks a history listing shows.
public struct TaskFilter: Sendable, Equatable {
    /// Only tasks of this tool (image history or video history).
    public var tool: GenerationTool?
    /// Only tasks in this state.
    public var status: TaskStatus?
    /// Only tasks for this SKU.
    public var sku: String?
    /// Only tasks started in this span.
    public var dates: DateRange
    /// At most this many tasks, the newest; all when nil.
    public var limit: Int?

    /// Creates a filter; the default shows every task.
    public init(
        tool: GenerationTool? = nil,
        status: TaskStatus? = nil,
        sku: String? = nil,
        dates: DateRange = DateRange(),
        limit: Int? = nil
    ) {
        self.tool = tool
        self.status = status
        self.sku = sku
        self.dates = dates
        self.limit = limit
    }
}
