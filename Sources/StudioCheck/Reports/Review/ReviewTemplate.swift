import Foundation
import Mustache

/// The review page's template, stylesheet and script: `ReviewTemplate/` in this module's resources, read once.
enum ReviewTemplate {
    /// The page template, or nil when the resources are missing from the build.
    static let page: MustacheTemplate? = text("page.mustache").flatMap { try? MustacheTemplate(string: $0) }
    /// The stylesheet, put inline.
    static let stylesheet = text("review.css") ?? ""
    /// The script, put inline.
    static let script = text("review.js") ?? ""

    private static func text(_ name: String) -> String? {
        guard let folder = Bundle.module.url(forResource: "ReviewTemplate", withExtension: nil) else { return nil }
        return try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
