import StudioAssets
import StudioJSON

/// The formats of `profiles list` and `profiles show`.
public enum ProfileFormat: String, Sendable, CaseIterable {
    case text, json, yaml
}

/// How `productstudio profiles` prints profiles.
public enum ProfileReport {
    /// Every profile, one line each (text), or an array of names and titles (JSON).
    public static func list(_ profiles: [Profile], as format: ProfileFormat) -> String {
        switch format {
        case .json:
            return JSONText.array(
                profiles.map { profile in
                    var json = JSONObjectWriter()
                    json.string("name", profile.name)
                    json.string("title", profile.title)
                    json.int("imageRules", profile.rules.filter { $0.media == .image }.count)
                    json.int("videoRules", profile.rules.filter { $0.media == .video }.count)
                    return json.text
                }
            ) + "\n"
        case .text, .yaml:
            let width = profiles.map(\.name.count).max() ?? 0
            return profiles.map { profile in
                let images = profile.rules.filter { $0.media == .image }.count
                let videos = profile.rules.filter { $0.media == .video }.count
                return profile.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + profile.title
                    + " (\(images) image rule\(images == 1 ? "" : "s"), "
                    + (videos == 0 ? "no video rules)" : "\(videos) video rule\(videos == 1 ? "" : "s"))")
            }.joined(separator: "\n") + "\n"
        }
    }

    /// One profile with each rule's level, requirement and source.
    public static func show(_ profile: Profile, as format: ProfileFormat) -> String {
        switch format {
        case .text: text(profile)
        case .json: json(profile)
        case .yaml: yaml(profile)
        }
    }

    private static func text(_ profile: Profile) -> String {
        var lines = ["\(profile.name): \(profile.title)"]
        for (media, title) in [(AssetKind.image, "Images"), (.video, "Videos")] {
            let rules = profile.rules.filter { $0.media == media }
            guard !rules.isEmpty else {
                lines.append("\(title): no rules (\(media == .video ? "videos" : "images") get the house rules only)")
                continue
            }
            lines.append("\(title):")
            let width = rules.map(\.id.rawValue.count).max() ?? 0
            for rule in rules {
                lines.append(
                    "  " + rule.id.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                        + (rule.level == .error ? "error    " : "warning  ") + rule.requirement
                )
                if let source = rule.source { lines.append("  " + String(repeating: " ", count: width + 11) + "source: " + source) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ profile: Profile) -> String {
        var json = JSONObjectWriter()
        json.string("name", profile.name)
        json.string("title", profile.title)
        json.raw(
            "rules",
            JSONText.array(
                profile.rules.map { rule in
                    var entry = JSONObjectWriter()
                    entry.string("rule", rule.id.rawValue)
                    entry.string("media", rule.media == .image ? "image" : "video")
                    entry.string("level", rule.level.rawValue)
                    entry.string("slot", rule.slot?.rawValue)
                    entry.string("requirement", rule.requirement)
                    entry.raw("expected", rule.expected.json)
                    entry.string("source", rule.source)
                    return entry.text
                }
            )
        )
        return json.text + "\n"
    }

    /// The profile in the shape of a profile file, ready to copy into one and edit.
    private static func yaml(_ profile: Profile) -> String {
        var lines = ["name: \(FlowYAML.scalar(profile.name))", "title: \(FlowYAML.scalar(profile.title))"]
        for (media, key) in [(AssetKind.image, "images"), (.video, "videos")] {
            let rules = profile.rules.filter { $0.media == media }
            guard !rules.isEmpty else { continue }
            lines.append("\(key):")
            for rule in rules {
                var fields = ["rule: \(rule.id.rawValue)"]
                if let slot = rule.slot { fields.append("slot: \(slot.rawValue)") }
                fields += rule.parameters.map { "\($0.key): \($0.yaml)" }
                fields.append("level: \(rule.level == .error ? "hard" : "recommended")")
                if let source = rule.source { fields.append("source: \(FlowYAML.scalar(source))") }
                lines.append("  - {" + fields.joined(separator: ", ") + "}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
