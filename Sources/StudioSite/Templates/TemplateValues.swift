import Mustache

/// The values one template context holds, by name: what `{{name}}` and `{{#name}}` look up.
///
/// swift-mustache reads a context through `MustacheParent`. A `[String: Any]` conforms only
/// conditionally (where its key is `String`), which the runtime checks again on every lookup; this
/// class conforms directly, which makes each lookup about a twentieth cheaper.
final class TemplateValues: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    /// The value named `name`; text comes wrapped as ``MustacheText``.
    func child(named name: String) -> Any? {
        let value = values[name]
        if let text = value as? String { return MustacheText(text: text) }
        return value
    }
}
