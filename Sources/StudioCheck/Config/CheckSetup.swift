import Foundation
public import StudioCore

/// Turns the command line and the config file into ``CheckOptions``: the profiles resolved (built-in names and
/// profile files), the config's defaults under the command line's choices, every `rules:` key checked.
public struct CheckSetup: Sendable {
    /// `--profile` names, in order; empty to take the config's.
    public var profileNames: [String] = []
    /// `--profile-file` paths (added to the config's).
    public var profileFiles: [String] = []
    /// `--config FILE`; nil reads `productstudio.yml` in the current folder when there is one.
    public var configFile: String?
    public var slot: Slot?
    /// `--naming`; nil to take the config's (default: convention).
    public var namingConvention: Bool?
    public var maxPixels: Int
    public var today: CalendarDay

    /// Creates a setup.
    public init(maxPixels: Int, today: CalendarDay) {
        self.maxPixels = maxPixels
        self.today = today
    }

    /// Why the setup is wrong: a config or profile problem, or an unknown profile name.
    ///
    /// All are usage errors.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case problems(ConfigProblems)
        case unknownProfile(String, known: [String])
        case unreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .problems(let problems): problems.description
            case .unknownProfile(let name, let known): ProfileCatalog.unknownProfileMessage(name, known: known)
            case .unreadable(let path, let reason): "\(path): \(reason)"
            }
        }
    }

    /// The options a check runs with.
    public func options() throws(Failure) -> CheckOptions {
        let config = try loadConfig()
        var selected: [Profile] = []
        let configFolder = (config.file as NSString?)?.deletingLastPathComponent ?? ""
        let files =
            config.value.profileFiles.map { ($0 as NSString).isAbsolutePath ? $0 : (configFolder as NSString).appendingPathComponent($0) }
            + profileFiles
        var problems: [ConfigProblem] = []
        for file in files {
            let text = try read(file)
            do throws(ConfigProblems) {
                selected.append(try ProfileLoader.load(text, file: file))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw .problems(ConfigProblems(problems: problems)) }
        let known = Set(ProfileCatalog.names()).union(selected.map(\.name))
        for name in profileNames.isEmpty ? (config.value.profiles ?? []) : profileNames where !selected.contains(where: { $0.name == name }) {
            let builtIn: Profile?
            do throws(ConfigProblems) { builtIn = try ProfileCatalog.profile(named: name) } catch { throw .problems(error) }
            guard let builtIn else { throw .unknownProfile(name, known: known.sorted()) }
            selected.append(builtIn)
        }
        let levels = try levelOverrides(config, known: known)
        var options = CheckOptions(
            profiles: selected,
            slot: slot,
            namingConvention: namingConvention ?? config.value.namingConvention ?? true,
            useCases: config.value.useCases,
            generated: config.value.generated ?? true,
            ignore: config.value.ignore,
            levels: levels,
            maxPixels: maxPixels,
            today: today
        )
        options.ownFiles = Set(
            ([config.file].compactMap { $0 } + files).map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        )
        return options
    }

    /// The config: `--config FILE`, else `productstudio.yml` when present, else an empty one.
    private func loadConfig() throws(Failure) -> (value: CheckConfig, file: String?) {
        let file = configFile ?? (FileManager.default.fileExists(atPath: "productstudio.yml") ? "productstudio.yml" : nil)
        guard let file else { return (CheckConfig(), nil) }
        let text = try read(file)
        do throws(ConfigProblems) {
            return (try CheckConfig.load(text, file: file), file)
        } catch {
            throw .problems(error)
        }
    }

    private func read(_ path: String) throws(Failure) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw .unreadable(path: path, reason: "the file is not UTF-8 text") }
        return text
    }

    /// The config's `rules:`, each key a rule id or `PROFILE/RULE` with a profile that exists.
    private func levelOverrides(_ config: (value: CheckConfig, file: String?), known: Set<String>) throws(Failure) -> LevelOverrides {
        var overrides = LevelOverrides()
        var problems: [ConfigProblem] = []
        let rules = RuleID.allCases.map(\.rawValue)
        for entry in config.value.rules {
            let parts = entry.key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let ruleName = parts.last ?? ""
            func fail(_ message: String) {
                problems.append(ConfigProblem(file: config.file ?? "config", line: entry.line, column: entry.column, message: message))
            }
            guard parts.count <= 2, let rule = RuleID(rawValue: ruleName) else {
                let hint = Suggestion.nearest(to: ruleName, among: rules).map { "; did you mean '\($0)'?" } ?? ""
                fail("unknown rule '\(entry.key)'\(hint)")
                continue
            }
            if parts.count == 2 {
                guard known.contains(parts[0]) else {
                    fail(ProfileCatalog.unknownProfileMessage(parts[0], known: known.sorted()))
                    continue
                }
                overrides.byProfileRule[parts[0], default: [:]][rule] = .some(entry.level)
            } else {
                overrides.byRule[rule] = .some(entry.level)
            }
        }
        guard problems.isEmpty else { throw .problems(ConfigProblems(problems: problems)) }
        return overrides
    }
}
