import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The machine-readable reports of `productstudio check`: the JSON contract, SARIF against the OASIS schema,
/// JUnit read back, GitHub workflow commands, and `--output`.
@Suite struct CheckReportFormatTests {
    /// Three files: one that breaks Walmart's ratio (and misses its recommended size), one that breaks the naming
    /// convention, one that passes.
    private func sandbox() throws -> CheckSandbox {
        let sandbox = try CheckSandbox()
        try sandbox.image("shots/MUG-01_20261120_main.jpg", 2000, 1600, product: (1800, 1400))
        try sandbox.image("shots/Holiday Photo.jpg", 2200, 2200)
        try sandbox.image("shots/MUG-01_20261120_alt.jpg", 2200, 2200, product: (100, 100))
        return sandbox
    }

    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/sarif-schema-2.1.0.json")

    @Test func jsonFollowsTheContractFieldByField() throws {
        let sandbox = try sandbox()
        let report = try sandbox.checkReport(CheckJSON.Report.self, "shots", "--profile", "walmart", status: 1)
        #expect(report.profiles == ["walmart"])
        let assets = report.assets
        #expect(assets.map(\.path) == ["Holiday Photo.jpg", "MUG-01_20261120_alt.jpg", "MUG-01_20261120_main.jpg"])
        let main = assets[2]
        #expect(main.slot == "main")
        let name = try #require(main.name)
        #expect(name.sku == "MUG-01")
        #expect(name.date == "2026-11-20")
        #expect(name.useCase == "main")
        #expect(name.counter == nil)
        #expect(main.status == "fail")
        #expect(main.history == nil)
        let finding = try #require(main.findings.first { $0.rule == "ratio" })
        #expect(finding.level == "error")
        #expect(finding.profile == "walmart")
        #expect(finding.expected == .object(["equals": .string("1:1")]))
        #expect(finding.actual == .number(1.25))
        #expect(finding.source?.hasPrefix("https://marketplacelearn.walmart.com/") == true)
        #expect(main.facts.width == 2000)
        #expect(main.facts.format == "jpeg")
        #expect(main.facts.pixels != nil, "main images under Walmart are decoded")
        #expect(assets[0].name == nil)
        #expect(assets[0].slot == "additional")
        #expect(assets[0].findings.map(\.rule) == ["filename"])
        #expect(assets[0].findings.first?.profile == nil, "house rules have no profile")
        #expect(report.summary == CheckJSON.Summary(files: 3, passed: 1, warned: 0, failed: 2, errors: 2, warnings: 1))
        #expect(report.regeneration == nil)
        #expect(report.checklist.map(\.id) == ["product-accuracy", "text-and-logo", "platform-rules", "ad-compliance", "file-management"])

        let keys = try sandbox.checkReport(FindingKeys.self, "shots", "--profile", "walmart", status: 1)
        let ratio = try #require(keys.assets[2].findings.first { $0["rule"] == .string("ratio") })
        #expect(Set(ratio.keys) == ["rule", "level", "profile", "message", "expected", "actual", "source"])
    }

    /// A check report with each finding as a plain object, to assert that a finding holds exactly the contract's keys.
    private struct FindingKeys: Decodable {
        let assets: [Asset]

        struct Asset: Decodable {
            let findings: [[String: JSONValue]]
        }
    }

    @Test func sarifValidatesAgainstTheOASISSchema() throws {
        let sandbox = try sandbox()
        let result = try sandbox.run("check", "shots", "--profile", "walmart", "--profile", "amazon", "--format", "sarif")
        #expect(result.status == 1)
        try sandbox.write("check.sarif", Data(result.stdout.utf8))
        try sandbox.tool(
            "python3",
            "-c",
            "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
            "check.sarif",
            Self.schema.path
        )
        let sarif = try result.decoded(SARIFLog.self)
        #expect(sarif.version == "2.1.0")
        let run = try #require(sarif.runs.first)
        let rules = run.tool.driver.rules
        let ratio = try #require(rules.first { $0.id == "walmart/ratio" })
        #expect(ratio.helpUri?.hasPrefix("https://marketplacelearn.walmart.com/") == true)
        #expect(
            Set(run.results.compactMap(\.uri)) == ["shots/Holiday%20Photo.jpg", "shots/MUG-01_20261120_main.jpg"],
            "the passing file has no result"
        )
        for result in run.results {
            let rule = try #require(rules.indices.contains(result.ruleIndex) ? rules[result.ruleIndex] : nil)
            #expect(rule.id == result.ruleId)
        }
    }

    @Test func junitReadsBackWithASuitePerProfileAndAFailurePerError() throws {
        let result = try sandbox().run("check", "shots", "--profile", "walmart", "--format", "junit")
        #expect(result.status == 1)
        let parser = XMLParser(data: Data(result.stdout.utf8))
        let collector = JUnitCollector()
        parser.delegate = collector
        #expect(parser.parse(), "the JUnit report is well-formed XML")
        #expect(collector.suites == ["house rules", "walmart"])
        #expect(collector.testcases == 6)
        #expect(collector.failures == ["house rules/Holiday Photo.jpg: filename", "walmart/MUG-01_20261120_main.jpg: ratio"])
    }

    @Test func githubCommandsAnnotateTheFiles() throws {
        let result = try sandbox().run("check", "shots", "--profile", "walmart", "--format", "github")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("::error file=shots/MUG-01_20261120_main.jpg,title=walmart/ratio::ratio 2000x1600 (1.25%3A1)") } == false
        )
        #expect(
            lines.contains(
                "::error file=shots/MUG-01_20261120_main.jpg,title=walmart/ratio::ratio 2000x1600 (1.25:1); Walmart wants 1:1: pad or crop it to that shape"
            )
        )
        #expect(lines.contains { $0.hasPrefix("::error file=shots/Holiday Photo.jpg,title=filename::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=shots/MUG-01_20261120_alt.jpg,title=walmart/min-size::") } == false)
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
    }

    @Test func outputWritesTheReportAndPrintsTheSummaryOnStderr() throws {
        let sandbox = try sandbox()
        let result = try sandbox.run("check", "shots", "--profile", "walmart", "--format", "sarif", "--output", "out/check.sarif")
        #expect(result.status == 2, "the folder of --output must exist")
        try FileManager.default.createDirectory(at: sandbox.folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let written = try sandbox.run("check", "shots", "--profile", "walmart", "--format", "sarif", "--output", "out/check.sarif")
        #expect(written.status == 1)
        #expect(written.stdout == "")
        #expect(
            written.stderr.hasPrefix(
                "3 files: 1 passed, 2 failed, 0 with warnings; 2 errors, 1 warning against walmart; the report is in out/check.sarif"
            )
        )
        let text = try String(contentsOf: sandbox.folder.appendingPathComponent("out/check.sarif"), encoding: .utf8)
        #expect(text.contains("\"version\": \"2.1.0\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.appendingPathComponent("out").path) == ["check.sarif"])
        let again = try sandbox.run("check", "shots", "--profile", "walmart", "--output", "out/check.sarif")
        #expect(again.status == 2, "never written over")
        #expect(try String(contentsOf: sandbox.folder.appendingPathComponent("out/check.sarif"), encoding: .utf8) == text)
    }
}

/// Counts the suites, test cases and failures of a JUnit report.
private final class JUnitCollector: NSObject, XMLParserDelegate {
    var suites: [String] = []
    var testcases = 0
    var failures: [String] = []
    private var testcase = ""

    func parser(
        _ parser: XMLParser,
        didStartElement element: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "testsuite": suites.append(attributes["name"] ?? "")
        case "testcase":
            testcases += 1
            testcase = (attributes["classname"] ?? "") + "/" + (attributes["name"] ?? "")
        case "failure": failures.append(testcase + ": " + (attributes["type"] ?? ""))
        default: break
        }
    }
}
