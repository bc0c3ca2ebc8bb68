import ArgumentParser
import StudioCore

/// Text an option must hold: blank text is a usage error, before anything is opened.
struct RequiredText: ExpressibleByArgument {
    let text: String

    init?(argument: String) {
        guard !argument.isBlank else { return nil }
        text = argument
    }
}
