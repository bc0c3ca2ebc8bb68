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
        let report = try sandbox().checkJSON("shots", "--profile", "walmart", status: 1)
        #expect(report["profiles"] as? [String] == ["walmart"])
        let assets = try #require(report["assets"] as? [[String: Any]])
        #expect(assets.map { $0["path"] as? String } == ["Holiday Photo.jpg", "MUG-01_20261120_alt.jpg", "MUG-01_20261120_main.jpg"])
        let main = assets[2]
        #expect(main["slot"] as? String == "main")
        let name = try #require(main["name"] as? [String: Any])
        #expect(name["sku"] as? String == "MUG-01")
        #expect(name["date"] as? String == "2026-11-20")
        #expect(name["useCase"] as? String == "main")
        #expect(name["counter"] is NSNull)
        #expect(main["status"] as? String == "fail")
        #expect(main["history"] is NSNull)
        let finding = try #require((main["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "ratio" })
        #expect(Set(finding.keys) == ["rule", "level", "profile", "message", "expected", "actual", "source"])
        #expect(finding["level"] as? String == "error")
        #expect(finding["profile"] as? String == "walmart")
        #expect((finding["expected"] as? [String: Any])?["equals"] as? String == "1:1")
        #expect(finding["actual"] as? Double == 1.25)
        #expect((finding["source"] as? String)?.hasPrefix("https://marketplacelearn.walmart.com/") == true)
        let facts = try #require(main["facts"] as? [String: Any])
        #expect(facts["width"] as? Int == 2000)
        #expect(facts["format"] as? String == "jpeg")
        #expect(facts["pixels"] is [String: Any], "main images under Walmart are decoded")
        #expect(assets[0]["name"] is NSNull)
        #expect(assets[0]["slot"] as? String == "additional")
        #expect(((assets[0]["findings"] as? [[String: Any]])?.first?["profile"]) is NSNull, "house rules have no profile")
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "passed": 1, "warned": 0, "failed": 2, "errors": 2, "warnings": 1])
        #expect(report["regeneration"] is NSNull)
        let checklist = try #require(report["checklist"] as? [[String: Any]])
        #expect(checklist.map { $0["id"] as? String } == ["product-accuracy", "text-and-logo", "platform-rules", "ad-compliance", "file-management"])
    }

    @Test func sarifValidatesAgainstTheOASISSchema() throws {
        let sandbox = try sandbox()
        let result = try sandbox.run("check", "shots", "--profile", "walmart", "--profile", "amazon", "--format", "sarif")
        #expect(result.status == 1)
        try sandbox.write("check.sarif", Data(result.stdout.utf8))
        try sandbox.tool(
            "python3", "-c",
            "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
            "check.sarif", Self.schema.path
        )
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let ratio = try #require(rules.first { $0["id"] as? String == "walmart/ratio" })
        #expect((ratio["helpUri"] as? String)?.hasPrefix("https://marketplacelearn.walmart.com/") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        let located = results.compactMap { result -> String? in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(Set(located) == ["shots/Holiday%20Photo.jpg", "shots/MUG-01_20261120_main.jpg"], "the passing file has no result")
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
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
        #expect(lines.contains { $0.hasPrefix("::error file=shots/MUG-01_20261120_main.jpg,title=walmart/ratio::ratio 2000x1600 (1.25%3A1)") } == false)
        #expect(lines.contains("::error file=shots/MUG-01_20261120_main.jpg,title=walmart/ratio::ratio 2000x1600 (1.25:1); Walmart wants 1:1: pad or crop it to that shape"))
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
        #expect(written.stderr.hasPrefix("3 files: 1 passed, 2 failed, 0 with warnings; 2 errors, 1 warning against walmart; the report is in out/check.sarif"))
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
