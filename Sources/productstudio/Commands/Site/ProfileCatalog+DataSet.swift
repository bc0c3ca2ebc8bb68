import StudioAssets
import StudioCheck
import StudioSite

extension ProfileCatalog {
    /// The built-in profiles as the `platform-rules` data set, so the help site's Platform rules page shows the
    /// very rules `check` enforces, each with its level and source.
    static func platformRulesDataSet() throws -> DataSet {
        let rows = try builtIn().flatMap { profile in
            profile.rules.map { rule in
                [
                    "platform": profile.title, "profile": profile.name, "media": rule.media == .image ? "Images" : "Videos",
                    "rule": rule.id.rawValue, "level": rule.level == .error ? "Required" : "Recommended",
                    "requirement": rule.requirement, "source": rule.source ?? "",
                ]
            }
        }
        return DataSet(
            name: "platform-rules",
            caption: "The rules of productstudio check --profile NAME",
            columns: [
                .init(key: "platform", title: "Platform"), .init(key: "profile", title: "Profile"), .init(key: "media", title: "Files"),
                .init(key: "rule", title: "Rule"), .init(key: "level", title: "Level"), .init(key: "requirement", title: "Requirement"),
                .init(key: "source", title: "Source", link: true),
            ],
            rows: rows
        )
    }
}
