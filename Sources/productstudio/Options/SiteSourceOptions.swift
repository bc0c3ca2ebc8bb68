import ArgumentParser
import Foundation
import StudioCheck
import StudioCore
import StudioSite

/// The options `build` and `serve` share: the site folder, its public URL and drafts.
struct SiteSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The site folder, holding content/ and templates/.", valueName: "dir"))
    var source = "."

    @Option(
        help: ArgumentHelp(
            "The public URL of the site, for canonical, Open Graph and sitemap URLs.",
            valueName: "url"
        )
    )
    var baseURL = "/"

    @Flag(help: "Also build pages marked draft: true.")
    var drafts = false

    func validate() throws {
        guard baseURL.hasPrefix("/") || baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
            throw ValidationError("--base-url must start with https://, http:// or /, not '\(baseURL)'")
        }
    }

    /// What to build, with the data sets the program provides: the price schedule the ledger charges
    /// (`pricing`) and the rules of the checker's built-in profiles (`platform-rules`).
    func buildOptions(output: String? = nil, force: Bool = false) throws -> BuildOptions {
        BuildOptions(
            source: URL(fileURLWithPath: source),
            output: output.map { URL(fileURLWithPath: $0) },
            baseURL: baseURL,
            includeDrafts: drafts,
            force: force,
            dataSets: [PriceSchedule.current.pricingDataSet, try ProfileCatalog.platformRulesDataSet()]
        )
    }
}
