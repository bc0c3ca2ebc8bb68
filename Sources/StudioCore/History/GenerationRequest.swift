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
