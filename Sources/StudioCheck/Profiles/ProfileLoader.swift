import StudioAssets

/// Reads a profile from YAML: the built-in ones and `--profile-file` files share this shape.
///
/// ```yaml
/// name: my-shop
/// title: My shop
/// extends: amazon                    # optional: start from a built-in profile
/// images:
///   - {rule: min-size, longest: 1600, level: hard, source: "https://…"}
///   - {rule: dpi, level: off}        # drops the base profile's rule
/// videos:
///   - {rule: duration, max: 60, level: recommended}
/// ```
///
/// Each entry names its `rule`, its `level` (`hard`: an error, `recommended`: a warning, `off`: removed),
/// optionally its `source` URL and `slot: main`, and the rule's own values. With `extends`, the entries of a
/// rule id replace all of the base profile's entries of that id for the same media; other rules are kept.
/// Every mistake is a ``ConfigProblem`` at its line and column.
public enum ProfileLoader {
    static let topKeys = ["name", "title", "extends", "images", "videos"]
    static let entryKeys = ["rule", "level", "source", "slot"]

    /// Reads the profile in `text`; `extends` names a built-in profile (``ProfileCatalog``).
    ///
    /// - Parameters:
    ///   - text: the profile's YAML.
    ///   - file: the file as the user named it, for messages.
    /// - Returns: the profile, with the base profile's rules it keeps.
    /// - Throws: ``ConfigProblems`` with every mistake at its line and column.
    public static func load(_ text: String, file: String) throws(ConfigProblems) -> Profile {
        let problems = YAMLProblems(file: file)
        guard let top = YAMLMapping.parse(text, problems: problems) else { throw ConfigProblems(problems: problems.items) }
        let name = top.string("name")
        if name == nil, top.value("name") == nil { top.fail(top.node, "a profile needs a 'name'") }
        if let name, name.isEmpty || name.contains(where: { $0.isWhitespace || $0 == "/" }) {
            top.fail(key: "name", "a profile's name is one word without spaces or '/', such as my-shop")
        }
        let title = top.string("title")
        var base: Profile?
        if let extends = top.string("extends") {
            base = try ProfileCatalog.profile(named: extends)
            if base == nil {
                let hint = Suggestion.nearest(to: extends, among: ProfileCatalog.names()).map { "; did you mean '\($0)'?" } ?? ""
                top.fail(key: "extends", "no profile '\(extends)' to extend\(hint)")
            }
        }
        var rules = base?.rules ?? []
        for (key, media) in [("images", AssetKind.image), ("videos", .video)] {
            guard let entries = top.mappings(key, what: "a rule entry") else { continue }
            let own = entries.compactMap { rule(from: $0, media: media) }
            let replaced = Set(own.map(\.id))
            rules.removeAll { $0.media == media && replaced.contains($0.id) }
            rules += own.compactMap(\.rule)
        }
        top.finish(known: topKeys)
        guard problems.items.isEmpty, let name else { throw ConfigProblems(problems: problems.items) }
        return Profile(name: name, title: title ?? base?.title ?? name, rules: rules)
    }

    /// One entry: its rule id, and the rule, or nil for `level: off`.
    private static func rule(from entry: YAMLMapping, media: AssetKind) -> (id: RuleID, rule: ProfileRule?)? {
        guard let ruleName = entry.string("rule") else {
            entry.fail(entry.node, "each rule entry needs 'rule', the rule id")
            return nil
        }
        let profileRules = RuleID.allCases.filter { !$0.isHouseRule }.map(\.rawValue)
        guard let id = RuleID(rawValue: ruleName), let type = RuleChecks.types[id] else {
            let hint = Suggestion.nearest(to: ruleName, among: profileRules).map { "; did you mean '\($0)'?" } ?? ""
            entry.fail(key: "rule", "unknown rule '\(ruleName)'\(hint)")
            return nil
        }
        guard type.media.contains(media) else {
            entry.fail(key: "rule", "'\(ruleName)' is not a rule for \(media == .image ? "images" : "videos")")
            return nil
        }
        let levelName = entry.string("level") ?? ""
        let levels: [String: FindingLevel?] = ["hard": .error, "recommended": .warning, "off": nil]
        guard let level = levels[levelName] else {
            entry.fail(key: "level", "'level' is hard, recommended or off")
            return nil
        }
        var slot: Slot?
        if let slotName = entry.string("slot") {
            slot = Slot(rawValue: slotName)
            if slot == nil { entry.fail(key: "slot", "'slot' is main or additional") }
        }
        let source = entry.string("source")
        if let source, !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
            entry.fail(key: "source", "'source' must be an http or https URL")
        }
        guard let level else {
            entry.finish(known: entryKeys + type.parameters)
            return (id, nil)
        }
        let check = type.init(entry)
        entry.finish(known: entryKeys + type.parameters)
        let parameters = type.parameters.compactMap { key in entry.value(key).map { (key, FlowYAML.text(of: $0)) } }
        return check.map { (id, ProfileRule(media: media, level: level, slot: slot, source: source, parameters: parameters, check: $0)) }
    }
}
