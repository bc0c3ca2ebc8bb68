import StudioJSON

/// SARIF 2.1.0 (OASIS), as code-scanning tools and GitHub read it: one run, the tool's rules (each house rule,
/// and each profile rule as `PROFILE/RULE`) with their descriptions and sources as `helpUri`, and one result per
/// finding located at the file, relative to the current folder (`%SRCROOT%`).
enum SARIFReport {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    static func render(_ report: CheckReport, context: ReportContext) -> String {
        let descriptors = ruleDescriptors(report)
        let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        var driver = JSONObjectWriter()
        driver.string("name", "productstudio")
        driver.string("semanticVersion", context.toolVersion)
        driver.string("version", context.toolVersion)
        driver.raw("rules", "[" + descriptors.map { "\n        " + $0.json }.joined(separator: ",") + (descriptors.isEmpty ? "]" : "\n      ]"))
        var results: [String] = []
        for asset in report.assets {
            for finding in asset.findings {
                let id = ruleID(finding.rule, profile: finding.profile)
                results.append(result(finding, id: id, index: index[id], asset: asset, context: context))
            }
        }
        var root = JSONObjectWriter()
        root.string("uri", fileURI(context.currentFolder.hasSuffix("/") ? context.currentFolder : context.currentFolder + "/"))
        var bases = JSONObjectWriter()
        bases.raw("%SRCROOT%", root.text)
        return """
            {
              "$schema": \(JSONText.string(schema)),
              "version": "2.1.0",
              "runs": [{
                "tool": {"driver": \(driver.text)},
                "originalUriBaseIds": \(bases.text),
                "results": [\(results.map { "\n      " + $0 }.joined(separator: ","))\(results.isEmpty ? "" : "\n    ")]
              }]
            }

            """
    }

    private struct Descriptor {
        let id: String
        let json: String
    }

    /// One descriptor per house rule and per profile rule id, in a stable order.
    private static func ruleDescriptors(_ report: CheckReport) -> [Descriptor] {
        var descriptors = RuleID.allCases.filter(\.isHouseRule).map { rule in
            descriptor(id: rule.rawValue, rule: rule, level: rule == .gps || rule == .history ? .warning : .error, help: nil, full: rule.summary)
        }
        for profile in report.profileDetails {
            var seen: [RuleID] = []
            for rule in profile.rules where !seen.contains(rule.id) {
                seen.append(rule.id)
                let entries = profile.rules.filter { $0.id == rule.id }
                let full = entries.map { "\($0.level == .error ? "required" : "recommended"): \($0.requirement)" }.joined(separator: "; ")
                descriptors.append(
                    descriptor(
                        id: ruleID(rule.id, profile: profile.name),
                        rule: rule.id,
                        level: entries.map(\.level).min() ?? .error,
                        help: entries.compactMap(\.source).first,
                        full: "\(profile.title): \(full)."
                    )
                )
            }
        }
        return descriptors
    }

    private static func descriptor(id: String, rule: RuleID, level: FindingLevel, help: String?, full: String) -> Descriptor {
        var json = JSONObjectWriter()
        json.string("id", id)
        json.string("name", rule.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())
        json.raw("shortDescription", message(rule.summary))
        json.raw("fullDescription", message(full))
        if let help { json.string("helpUri", help) }
        var configuration = JSONObjectWriter()
        configuration.string("level", level.rawValue)
        json.raw("defaultConfiguration", configuration.text)
        return Descriptor(id: id, json: json.text)
    }

    private static func result(_ finding: Finding, id: String, index: Int?, asset: CheckedAsset, context: ReportContext) -> String {
        var json = JSONObjectWriter()
        json.string("ruleId", id)
        if let index { json.int("ruleIndex", index) }
        json.string("level", finding.level.rawValue)
        json.raw("message", message(finding.message))
        var artifact = JSONObjectWriter()
        let (uri, relative) = location(asset.location, currentFolder: context.currentFolder)
        artifact.string("uri", uri)
        if relative { artifact.string("uriBaseId", "%SRCROOT%") }
        json.raw("locations", "[{\"physicalLocation\": {\"artifactLocation\": \(artifact.text)}}]")
        var properties = JSONObjectWriter()
        properties.string("profile", finding.profile)
        properties.raw("expected", finding.expected?.json ?? "null")
        properties.raw("actual", finding.actual?.json ?? "null")
        json.raw("properties", properties.text)
        return json.text
    }

    private static func message(_ text: String) -> String {
        var json = JSONObjectWriter()
        json.string("text", text)
        return json.text
    }

    static func ruleID(_ rule: RuleID, profile: String?) -> String {
        profile.map { "\($0)/\(rule.rawValue)" } ?? rule.rawValue
    }

    /// The file's URI: relative to the current folder when it is inside it, else an absolute `file://` URI.
    private static func location(_ path: String, currentFolder: String) -> (uri: String, relative: Bool) {
        let folder = currentFolder.hasSuffix("/") ? currentFolder : currentFolder + "/"
        if path.hasPrefix("/") {
            guard path.hasPrefix(folder) else { return (fileURI(path), false) }
            return (encoded(String(path.dropFirst(folder.count))), true)
        }
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        guard !trimmed.split(separator: "/").contains("..") else { return (fileURI(folder + trimmed), false) }
        return (encoded(trimmed), true)
    }

    private static func fileURI(_ absolutePath: String) -> String { "file://" + encoded(absolutePath) }

    /// Each path segment percent-encoded, except the unreserved characters, the sub-delimiters, `:` and `@`.
    private static func encoded(_ path: String) -> String {
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)
        var out = ""
        for byte in path.utf8 {
            if kept.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return out
    }
}

extension String {
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
