/// A place in a source file: the path as the user knows it (`content/guide.md`), a line and maybe a column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file, relative to the site's source folder.
    public let file: String
    /// The line, counted from 1; nil when the problem is with the file as a whole.
    public let line: Int?
    /// The column, counted from 1.
    public let column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        [file, line.map(String.init), line == nil ? nil : column.map(String.init)]
            .compactMap { $0 }.joined(separator: ":")
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0) < (b.file, b.line ?? 0, b.column ?? 0)
    }
}

/// One finding of a build: an error fails the build, a warning is only reported.
public struct SiteDiagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        /// The site cannot be published like this; the build exits 1 and leaves the old output alone.
        case error
        /// Worth fixing, but the site is built.
        case warning
    }

    /// A fix the build's own settings offer, for the front end to word in its terms.
    public enum Remedy: Sendable, Hashable {
        /// The link points to a draft: building with drafts included publishes it.
        case includeDrafts
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    /// The setting that fixes it, when one does.
    public let remedy: Remedy?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, remedy: Remedy? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.remedy = remedy
    }

    /// `content/a.md:3:7: broken link 'b.md'`, or with `warning: ` before the message for warnings.
    public var description: String {
        "\(location): \(severity == .warning ? "warning: " : "")\(message)"
    }

    public static func < (a: SiteDiagnostic, b: SiteDiagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}

/// Collects the findings of one unit of work (a page, a template) before they are merged.
struct DiagnosticList: Sendable, Equatable {
    private(set) var items: [SiteDiagnostic] = []

    mutating func error(_ location: SourceLocation, _ message: String, remedy: SiteDiagnostic.Remedy? = nil) {
        items.append(SiteDiagnostic(.error, at: location, message, remedy: remedy))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        items.append(SiteDiagnostic(.warning, at: location, message))
    }

    mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    var hasErrors: Bool { items.contains { $0.severity == .error } }
}
