/// A mistake in a profile or config file, at its place: printed `FILE:LINE:COL: message`.
public struct ConfigProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// The line, from 1; nil when the problem is with the file as a whole.
    public let line: Int?
    /// The column, from 1.
    public let column: Int?
    public let message: String

    /// Creates a problem.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        [file, line.map(String.init), line == nil ? nil : column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            + ": " + message
    }
}

/// Every mistake found in a set of profile and config files, reported together.
public struct ConfigProblems: Error, Sendable, CustomStringConvertible {
    public let problems: [ConfigProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
