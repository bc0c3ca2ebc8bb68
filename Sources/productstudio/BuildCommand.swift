import ArgumentParser

/// `productstudio build`: renders the help site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Render the help site.")
    func run() throws {}
}
