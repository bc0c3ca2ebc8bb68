extension Optional {
    /// The value for a Mustache context: the wrapped value, or `false` so that `{{#key}}` sections skip it.
    var mustacheValue: Any {
        switch self {
        case .some(let value): value
        case .none: false
        }
    }
}
