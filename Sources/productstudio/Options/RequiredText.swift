import ArgumentParser
import StudioCore

/// Text an option must hold: blank text is a usage error, caught as the option is parsed, before anything is opened.
struct RequiredText {
    let text: String

    /// The option's value, for `@Option(transform:)`.
    /// - Parameter argument: the text given on the command line.
    /// - Returns: the text.
    /// - Throws: `ValidationError` when the text is blank (spaces, line breaks, invisible characters).
    static func parse(_ argument: String) throws -> RequiredText {
        guard !argument.isBlank else { throw ValidationError("it cannot be empty") }
        return RequiredText(text: argument)
    }
}
