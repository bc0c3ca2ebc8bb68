extension Array {
    /// The elements a `forEach`-style reader hands over, in order: the whole-array form of a streamed listing.
    init(collecting forEach: (_ body: (Element) throws -> Void) throws -> Void) throws {
        var elements: [Element] = []
        try forEach { elements.append($0) }
        self = elements
    }
}
