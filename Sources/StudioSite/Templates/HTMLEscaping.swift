import Mustache

/// The escaping of `{{variable}}` in every template: ``HTML/escape(_:)``.
///
/// It escapes the same five characters as swift-mustache's own HTML content type, but byte by byte
/// rather than `Character` by `Character`, which makes a variable about three times cheaper to render,
/// and it escapes a quote even when a combining mark follows it.
struct HTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }

    /// The line ``TemplateSet`` puts before every template to select this escaping: a standalone tag,
    /// so it writes nothing.
    ///
    /// Reading it registers the content type with swift-mustache (once).
    static var pragma: String {
        _ = registration
        return "{{%CONTENT_TYPE:\(name)}}\n"
    }

    private static let name = "productstudio-html"

    private static let registration: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)
}
