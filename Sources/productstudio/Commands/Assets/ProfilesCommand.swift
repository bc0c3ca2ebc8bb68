public import ArgumentParser
import Foundation
public import StudioCheck

/// `productstudio profiles`: the built-in platform profiles `check --profile` takes.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the platform profiles, or show one with its rules and their sources.",
        subcommands: [List.self, Show.self]
    )

    /// `profiles list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in platform profiles.")

        @Option(help: "Output format: text or json.")
        var format: ProfileFormat = .text

        func validate() throws {
            guard format != .yaml else { throw ValidationError("profiles list prints text or json.") }
        }

        func run() throws {
            let profiles = try ProfileCatalog.builtIn()
            print(ProfileReport.list(profiles, as: format), terminator: "")
        }
    }

    /// `profiles show NAME`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a profile's rules, levels and sources.")

        @Argument(help: "The profile's name (`productstudio profiles list`).")
        var name: String

        @Option(help: "Output format: text, json or yaml.")
        var format: ProfileFormat = .text

        func run() throws {
            let profiles = try ProfileCatalog.builtIn()
            guard let profile = profiles.first(where: { $0.name == name }) else {
                throw CheckSetup.Failure.unknownProfile(name, known: profiles.map(\.name))
            }
            print(ProfileReport.show(profile, as: format), terminator: "")
        }
    }
}

extension ProfileFormat: ExpressibleByArgument {}
