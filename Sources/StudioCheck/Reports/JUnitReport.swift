/// JUnit XML for CI test-report viewers: one `testsuite` per profile and one for the house rules, one `testcase`
/// per file in each, a `failure` per error finding; warnings go to the test case's `system-out`.
enum JUnitReport {
    static func render(_ report: CheckReport) -> String {
        let suites: [(name: String, profile: String?)] = [("house rules", nil)] + report.profiles.map { ($0, $0) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let allFailures = suites.reduce(0) { total, suite in total + report.assets.filter { !errors(of: $0, in: suite.profile).isEmpty }.count }
        xml += "<testsuites name=\"productstudio check\" tests=\"\(report.assets.count * suites.count)\" failures=\"\(allFailures)\">\n"
        for suite in suites {
            let failing = report.assets.filter { !errors(of: $0, in: suite.profile).isEmpty }.count
            xml +=
                "  <testsuite name=\"\(escape(suite.name))\" tests=\"\(report.assets.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
            for asset in report.assets {
                let findings = asset.findings.filter { $0.profile == suite.profile }
                xml += "    <testcase classname=\"\(escape(suite.name))\" name=\"\(escape(asset.facts.path))\""
                guard !findings.isEmpty else {
                    xml += "/>\n"
                    continue
                }
                xml += ">\n"
                for finding in findings where finding.level == .error {
                    xml +=
                        "      <failure type=\"\(finding.rule.rawValue)\" message=\"\(escape(finding.message))\">"
                        + escape("\(finding.rule.rawValue): \(finding.message)" + (finding.source.map { "\nSource: \($0)" } ?? "")) + "</failure>\n"
                }
                let warnings = findings.filter { $0.level == .warning }
                if !warnings.isEmpty {
                    xml +=
                        "      <system-out>" + escape(warnings.map { "warning[\($0.rule.rawValue)] \($0.message)" }.joined(separator: "\n"))
                        + "</system-out>\n"
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    private static func errors(of asset: CheckedAsset, in profile: String?) -> [Finding] {
        asset.findings.filter { $0.profile == profile && $0.level == .error }
    }

    /// Text for XML content and attribute values; characters XML 1.0 cannot hold are dropped.
    private static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
