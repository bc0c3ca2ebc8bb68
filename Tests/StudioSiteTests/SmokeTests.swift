import Foundation
import StudioSite
import Testing

@Suite struct SmokeTests {
    @Test func buildsTheRepositorySite() throws {
        let repo = SiteFixture.repositoryTemplates.deletingLastPathComponent()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("smoke-\(UUID().uuidString)")
        let report = try SiteBuilder(options: BuildOptions(source: repo, output: out, dataSets: [SiteFixture.pricing])).build()
        print(report.lines.joined(separator: "\n"))
        print(out.path)
        #expect(report.succeeded)
    }
}
