import Foundation

/// The built-in platform profiles (`Profiles/Resources/*.yml` in this module), by name.
public enum ProfileCatalog {
    /// Every built-in profile, sorted by name.
    public static func builtIn() throws(ConfigProblems) -> [Profile] {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { throw ConfigProblems(problems: [ConfigProblem(file: "Profiles/Resources", message: "the built-in profiles are missing")]) }
        var profiles: [Profile] = []
        var problems: [ConfigProblem] = []
        for file in files.sorted() where file.hasSuffix(".yml") {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            do throws(ConfigProblems) {
                profiles.append(try ProfileLoader.load(text, file: "Profiles/Resources/\(file)", bases: [:]))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw ConfigProblems(problems: problems) }
        return profiles.sorted { $0.name < $1.name }
    }

    /// The profile names `--profile` takes, for an unknown-name message.
    public static func unknownProfileMessage(_ name: String, known: [String]) -> String {
        let hint = Suggestion.nearest(to: name, among: known).map { "did you mean '\($0)'? " } ?? ""
        return "no profile '\(name)'; \(hint)the profiles are \(known.joined(separator: ", "))"
    }
}
