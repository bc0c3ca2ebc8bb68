import Foundation

/// The built-in platform profiles: one YAML file per platform in this module's `Profiles/Resources/`.
///
/// A check loads only the profiles it names (``profile(named:)``); `profiles list` and the help site load them all.
public enum ProfileCatalog {
    /// The names `--profile` takes, sorted.
    public static func names() -> [String] {
        guard let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The built-in profile with this name, or nil when there is none.
    public static func profile(named name: String) throws(ConfigProblems) -> Profile? {
        guard names().contains(name), let folder else { return nil }
        let file = "\(name).yml"
        let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return try ProfileLoader.load(text, file: "Profiles/Resources/\(file)")
    }

    /// Every built-in profile, sorted by name.
    public static func builtIn() throws(ConfigProblems) -> [Profile] {
        var profiles: [Profile] = []
        var problems: [ConfigProblem] = []
        for name in names() {
            do throws(ConfigProblems) {
                if let profile = try profile(named: name) { profiles.append(profile) }
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw ConfigProblems(problems: problems) }
        return profiles
    }

    /// An unknown profile name, with the nearest known one suggested.
    public static func unknownProfileMessage(_ name: String, known: [String]) -> String {
        let hint = Suggestion.nearest(to: name, among: known).map { "did you mean '\($0)'? " } ?? ""
        return "no profile '\(name)'; \(hint)the profiles are \(known.joined(separator: ", "))"
    }

    private static var folder: URL? { Bundle.module.url(forResource: "Resources", withExtension: nil) }
}
