/// What a file says about being made by generative AI.
public struct AILabel: Sendable, Equatable {
    /// The last part of the XMP `Iptc4xmpExt:DigitalSourceType` URI
    /// (`trainedAlgorithmicMedia`, `compositeWithTrainedAlgorithmicMedia`, ...), or nil when absent.
    public var digitalSourceType: String?
    /// Whether a C2PA manifest store (content credentials) is embedded.
    public var c2pa: Bool

    /// Creates a label from its two facts.
    public init(digitalSourceType: String? = nil, c2pa: Bool = false) {
        self.digitalSourceType = digitalSourceType
        self.c2pa = c2pa
    }
}
