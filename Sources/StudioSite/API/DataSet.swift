/// A table of values that pages can place with a `data` directive.
///
/// Authors write a fenced block whose info string names the set, and the build renders the
/// set through the `partials/data-table` template:
///
/// ````markdown
/// ```data pricing
/// ```
/// ````
///
/// Data sets come from the program (the price schedule) or from `content/data/NAME.yml`.
public struct DataSet: Sendable, Equatable {
    /// One column: the key of the value in each row and the heading people read.
    public struct Column: Sendable, Equatable {
        public let key: String
        public let title: String
        /// `left`, `right` or `center`; nil leaves it to the theme.
        public let align: String?
        /// Whether the values are `http` or `https` URLs, shown as links named by their host.
        public let link: Bool

        public init(key: String, title: String, align: String? = nil, link: Bool = false) {
            self.key = key
            self.title = title
            self.align = align
            self.link = link
        }
    }

    /// The name a directive uses, such as `pricing`.
    public let name: String
    /// A caption for the table, if any.
    public let caption: String?
    public let columns: [Column]
    /// The rows; each maps a column key to the text shown.
    public let rows: [[String: String]]

    public init(name: String, caption: String? = nil, columns: [Column], rows: [[String: String]]) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
