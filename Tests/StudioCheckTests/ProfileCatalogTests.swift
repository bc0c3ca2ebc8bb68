import Testing

@testable import StudioCheck

@Suite struct ProfileCatalogTests {
    @Test func everyBuiltInProfileLoads() throws {
        let profiles = try ProfileCatalog.builtIn()
        #expect(
            profiles.map(\.name) == [
                "amazon", "ebay", "etsy", "google-merchant", "instagram-feed", "mercado-libre", "meta", "shopify", "tiktok-shop",
                "walmart", "zalando",
            ]
        )
        for profile in profiles {
            #expect(!profile.rules.isEmpty, "\(profile.name)")
            #expect(profile.rules.allSatisfy { $0.source?.hasPrefix("http") == true }, "\(profile.name): every rule names its source")
        }
        let amazon = try #require(profiles.first { $0.name == "amazon" })
        #expect(amazon.needsPixels(slot: .main))
        #expect(!amazon.needsPixels(slot: .additional))
        #expect(!amazon.hasVideoRules)
        #expect(try #require(profiles.first { $0.name == "shopify" }).hasVideoRules)
    }
}
