/// GitHub Actions workflow commands, one per finding: `::error file=PATH,title=RULE::message`, which the
/// Actions runner shows as annotations on the file.
enum GitHubReport {
    static func render(_ report: CheckReport) -> String {
        var lines: [String] = []
        for asset in report.assets {
            let file = property(asset.location)
            for finding in asset.findings {
                let title = property((finding.profile.map { $0 + "/" } ?? "") + finding.rule.rawValue)
                lines.append("::\(finding.level.rawValue) file=\(file),title=\(title)::\(data(finding.message))")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A command's message: `%`, CR and LF escaped.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A command's property value: as a message, and `:` and `,` escaped too.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
