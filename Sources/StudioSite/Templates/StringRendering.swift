public import Mustache

/// Lets swift-mustache render a `String` value as it is, before HTML escaping.
///
/// Without it, every `{{variable}}` holding text is first tried as a template, a lambda and an optional, and
/// then printed through `String(describing:)`: dynamic casts that were about a tenth of a page's rendering.
/// The output is the same; only the casts go.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
