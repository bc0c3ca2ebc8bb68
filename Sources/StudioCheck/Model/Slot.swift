/// Where a file goes in a listing: the main image, or one of the additional ones.
public enum Slot: String, Sendable, CaseIterable {
    /// The listing's main image: a file whose use case is `main` or `main-image`.
    case main
    /// Any other image or video of the listing.
    case additional

    /// The slot a use case names.
    public init(useCase: String) {
        self = useCase == "main" || useCase == "main-image" || ["main", "main-image"].contains(useCase.lowercased()) ? .main : .additional
    }
}
