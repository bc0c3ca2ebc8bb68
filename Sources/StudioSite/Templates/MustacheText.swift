import Mustache

/// A text value that swift-mustache renders as it is, before HTML escaping.
///
/// Without it, every `{{variable}}` holding a `String` is first tried as a template, a lambda and an optional, and
/// then printed through `String(describing:)`: dynamic casts that were about a tenth of a page's rendering.
/// ``TemplateValues`` hands out its strings in this wrapper, so only our own templates' lookups change; how a
/// `String` renders anywhere else in the process does not.
struct MustacheText: MustacheCustomRenderable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }
}
