/// A generation to start: what to generate, for which product and use.
public struct GenerationRequest: Sendable, Equatable {
    /// Images at a quality, or a video of a length.
    public var kind: GenerationKind
    /// The product's SKU.
    public var sku: String
    /// What the output is for, such as `main-image`; used in download names.
    public var useCase: String
    /// A free-form note.
    public var note: String?

    /// Creates a request.
    public init(kind: GenerationKind, sku: String, useCase: String, note: String? = nil) {
        self.kind = kind
        self.sku = sku
        self.useCase = useCase
        self.note = note
    }
}

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

    /// Creates a filter; the default shows every task.
    public init(tool: GenerationTool? = nil, status: TaskStatus? = nil, sku: String? = nil, dates: DateRange = DateRange()) {
        self.tool = tool
        self.status = status
        self.sku = sku
        self.dates = dates
    }
}
