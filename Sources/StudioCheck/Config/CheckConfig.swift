/// A config file, `productstudio.yml` in the current folder or `--config FILE`, as written.
///
/// ```yaml
/// profiles: [amazon, walmart]
/// profile-files: [profiles/my-shop.yml]   # relative to the config file
/// naming: convention                       # or none
/// use-cases: [main, alt, lifestyle]
/// generated: true                          # false: the ai-label rule does not apply
/// ignore: ["drafts/**", "*.tmp"]
/// rules:
///   gps: off
///   amazon/min-size: error
/// ```
public struct CheckConfig: Sendable {
    public var profiles: [String]?
    /// Profile files, as written (relative to the config's folder).
    public var profileFiles: [String] = []
    public var namingConvention: Bool?
    public var useCases: [String]?
    public var generated: Bool?
    public var ignore: [String] = []
    /// `rules:` entries in order: the key (`gps`, `amazon/min-size`), the level (nil for `off`), and where it is.
    var rules: [(key: String, level: FindingLevel?, line: Int?, column: Int?)] = []

    static let keys = ["profiles", "profile-files", "naming", "use-cases", "generated", "ignore", "rules"]

    /// Reads a config file's text.
    /// - Throws: ``ConfigProblems``, every mistake at its line and column.
    public static func load(_ text: String, file: String) throws(ConfigProblems) -> CheckConfig {
        let problems = YAMLProblems(file: file)
        guard let top = YAMLMapping.parse(text, problems: problems) else { throw ConfigProblems(problems: problems.items) }
        var config = CheckConfig()
        config.profiles = top.strings("profiles")?.map(\.value)
        config.profileFiles = top.strings("profile-files")?.map(\.value) ?? []
        if let naming = top.string("naming") {
            switch naming {
            case "convention": config.namingConvention = true
            case "none": config.namingConvention = false
            default: top.fail(key: "naming", "'naming' is convention or none")
            }
        }
        config.useCases = top.strings("use-cases")?.map(\.value)
        config.generated = top.bool("generated")
        config.ignore = top.strings("ignore")?.map(\.value) ?? []
        if let rules = top.mapping("rules") {
            for key in rules.keys {
                guard let node = rules.value(key) else { continue }
                let levels: [String: FindingLevel?] = ["error": .error, "warning": .warning, "off": nil]
                guard let text = node.scalar?.string, let level = levels[text] else {
                    rules.fail(node, "the level of '\(key)' is error, warning or off")
                    continue
                }
                config.rules.append((key, level, node.mark?.line, node.mark?.column))
            }
        }
        top.finish(known: keys)
        guard problems.items.isEmpty else { throw ConfigProblems(problems: problems.items) }
        return config
    }
}
